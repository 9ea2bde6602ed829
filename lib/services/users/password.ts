import "server-only";
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

// scrypt is memory-hard. OWASP's current minimum is N=2^17, r=8, p=1: 128 MiB
// per hash, which makes guessing on GPUs expensive. Hashes made with older,
// weaker parameters are upgraded when their owner next signs in.
const PARAMS = { N: 1 << 17, r: 8, p: 1 } as const;
// Node refuses more than 32 MiB unless told: 128 * N * r bytes plus headroom.
const MAX_MEMORY = 256 * 1024 * 1024;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const encode = (salt: Buffer, key: Buffer) =>
  ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");

/** `scrypt$N$r$p$salt$hash`, salt per user; the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return encode(salt, await scrypt(password, salt, PARAMS));
}

/**
 * Checked against when there is no account, so that an unknown address costs
 * as much as a wrong password. Built from the current parameters, so it can
 * never fall behind them; no password derives this all-zero key.
 */
export const DUMMY_HASH = encode(Buffer.alloc(16), Buffer.alloc(KEY_LENGTH));

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await scrypt(password, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** True when the hash was made with weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split("$");
  return scheme !== "scrypt" || Number(n) < PARAMS.N || Number(r) < PARAMS.r || Number(p) < PARAMS.p;
}
