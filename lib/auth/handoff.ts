// The gateway checks a credential once per request and hands the caller on
// to the handler or page: in a request header, sealed with a key that lives
// only in this process's memory, so a client can't forge one (Next.js passes
// the proxy's request on as a new object), or, on the server's own on-sale
// lane, beside the very Request object the handler gets. A handler reached
// some other way (a test calling it directly) checks the credential itself.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Caller } from "./caller";

export const CALLER_HEADER = "x-cinema-caller";
/** A sealed caller is good for this long: enough for one request, useless if it ever leaked. */
const VALID_MS = 60_000;

const globalForHandoff = globalThis as unknown as {
  cinemaHandoffKey?: Buffer;
  cinemaHandedOver?: WeakMap<Request, Caller | null>;
};
const key = (globalForHandoff.cinemaHandoffKey ??= randomBytes(32));
const handedOver = (globalForHandoff.cinemaHandedOver ??= new WeakMap());

/** Hands `caller` to whoever gets this very request object next (the on-sale lane's handlers). */
export function handOver(request: Request, caller: Caller | null): void {
  handedOver.set(request, caller);
}

/** The caller handed over with this request object, `undefined` when none was. */
export function handedOverCaller(request: Request): Caller | null | undefined {
  return handedOver.get(request);
}

const mac = (body: string) => createHmac("sha256", key).update(body).digest("base64url");

/** `null` seals "nobody": the gateway found no valid credential. */
export function sealCaller(caller: Caller | null): string {
  const body = Buffer.from(JSON.stringify({ caller, at: Date.now() })).toString("base64url");
  return `${body}.${mac(body)}`;
}

/** The caller the gateway sealed, `null` for nobody, `undefined` when there's no (valid) seal. */
export function openCaller(sealed: string | null): Caller | null | undefined {
  if (!sealed) return undefined;
  const [body, signature] = sealed.split(".");
  if (!body || !signature) return undefined;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const { caller, at } = JSON.parse(Buffer.from(body, "base64url").toString()) as { caller: Caller | null; at: number };
  return Date.now() - at < VALID_MS ? caller : undefined;
}
