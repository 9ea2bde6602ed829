// Who is calling, by network address: the connection's own peer, or, when
// TRUST_PROXY names the proxies in front of the app, the address they report
// in X-Forwarded-For (the semantics of Express's "trust proxy", through its
// own proxy-addr). Without TRUST_PROXY a client's X-Forwarded-For is ignored:
// anyone can write one.
//
// Only the HTTP server sees the socket, so scripts/serve.ts works the address
// out and hands it on in CLIENT_ADDRESS_HEADER, replacing whatever a client
// sent under that name.
import net from "node:net";
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-cinema-client-address";
/** Set by scripts/serve.ts in its own process: only then is CLIENT_ADDRESS_HEADER ours. */
export const SERVER_STATES_ADDRESS = "CINEMA_SERVER_STATES_ADDRESS";

export type Trust = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY: unset or "false" trusts no proxy; a number trusts that many
 * hops in front of the app; a comma-separated list trusts those addresses,
 * CIDR ranges or the names loopback, linklocal and uniquelocal.
 */
export function compileTrust(setting: string | undefined): Trust {
  const value = setting?.trim();
  if (!value || value === "false" || value === "0") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one caller, for limits as for logs. */
function canonical(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address.toLowerCase();
}

/** The client's address given the socket's peer and the X-Forwarded-For it came with. */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trust: Trust): string {
  const request = { connection: { remoteAddress: peer }, headers: { "x-forwarded-for": forwardedFor } };
  const address = proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trust);
  // A trusted proxy passing on garbage must not make up a limit bucket.
  return canonical(net.isIP(address) ? address : peer);
}

let warned = false;

/** The caller's address as the app's HTTP server stated it; "unknown" when another server runs the app. */
export function clientIp(request: Request): string {
  if (process.env[SERVER_STATES_ADDRESS] === "1") {
    const stated = request.headers.get(CLIENT_ADDRESS_HEADER);
    if (stated) return stated;
  } else if (!warned && process.env.NODE_ENV === "production") {
    warned = true;
    console.warn(
      "The app is not served by scripts/serve.ts: client addresses are unknown, so per-address limits are shared.",
    );
  }
  return "unknown";
}
