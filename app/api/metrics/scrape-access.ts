// Who may read the metrics: they tell a stranger the traffic, the errors and
// the process's insides, so not the public internet. With METRICS_TOKEN set,
// whoever sends it as a bearer token; without, callers on loopback or a
// private network only (the address the app's server states, lib/gateway).
import { createHash, timingSafeEqual } from "node:crypto";
import net from "node:net";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/gateway/rate-limit";

const PRIVATE_NETWORKS = new net.BlockList();
for (const [prefix, bits] of [
  ["127.0.0.0", 8],
  ["10.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["169.254.0.0", 16],
] as const)
  PRIVATE_NETWORKS.addSubnet(prefix, bits, "ipv4");
for (const [prefix, bits] of [
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const)
  PRIVATE_NETWORKS.addSubnet(prefix, bits, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  const family = net.isIP(plain);
  return family !== 0 && PRIVATE_NETWORKS.check(plain, family === 4 ? "ipv4" : "ipv6");
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Throws 403 unless this request may scrape the metrics. */
export function assertMayScrape(request: Request, token = process.env.METRICS_TOKEN): void {
  if (token) {
    const given = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1] ?? "";
    if (!timingSafeEqual(digest(given), digest(token)))
      throw new AppError("forbidden", "Send the metrics token as a bearer token.");
    return;
  }
  if (!isPrivateAddress(clientIp(request)))
    throw new AppError("forbidden", "Metrics are served to loopback and private networks only, or with METRICS_TOKEN.");
}
