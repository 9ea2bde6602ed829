// URLs that pages will put in an href or src: only web addresses, never
// javascript:, data: or other schemes that run or embed something.
import { z } from "zod";
import { FORBIDDEN_CHARACTERS_MESSAGE, hasForbiddenCharacters } from "./text";

/** https: always; http: only in development, where nothing has TLS. */
export function isWebUrl(value: string, development = process.env.NODE_ENV === "development"): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return Boolean(hostname) && (protocol === "https:" || (development && protocol === "http:"));
}

/** A path on this site: `/…`, never `//host` or `/\host`, which browsers read as another site. */
export function isSitePath(value: string): boolean {
  return /^\/(?![/\\])/.test(value) && !/\s/.test(value);
}

const bounded = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasForbiddenCharacters(value), FORBIDDEN_CHARACTERS_MESSAGE);

/** An absolute web address (https:, and http: in development). */
export function webUrl(max = 500) {
  return bounded(max).refine((value) => isWebUrl(value), "Use an https:// address");
}

/** A path on this site or an absolute web address. */
export function siteOrWebUrl(max = 500) {
  return bounded(max).refine(
    (value) => isSitePath(value) || isWebUrl(value),
    "Use a path on this site (/…) or an https:// address",
  );
}
