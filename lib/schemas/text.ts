// Strings that reach PostgreSQL, built once for every request schema: trimmed,
// bounded, and free of what PostgreSQL refuses (NUL) or what has no place in
// text (other control characters, lone UTF-16 surrogates).
import { z } from "zod";

/** C0 controls other than tab, newline and carriage return, and unpaired surrogates. */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Single-line text also refuses tab, newline and carriage return. */
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u001F]/;

export const FORBIDDEN_CHARACTERS_MESSAGE = "Contains control characters, which are not allowed";

/** True when `value` holds a character no request string may carry (see FORBIDDEN). */
export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value);
}

/**
 * Free text of 1 to `max` characters, trimmed. Single-line unless `multiline`
 * (synopses, messages), which allows tab and line breaks.
 */
export function text(max: number, options: { min?: number; multiline?: boolean } = {}) {
  return z
    .string()
    .trim()
    .min(options.min ?? 1)
    .max(max)
    .refine(
      (value) => !hasForbiddenCharacters(value) && (options.multiline || !FORBIDDEN_SINGLE_LINE.test(value)),
      FORBIDDEN_CHARACTERS_MESSAGE,
    );
}

/** An id (or slug) in a path or body: letters, digits, `_` and `-`, at most 100 characters. */
export function id() {
  return z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");
}

/** Path parameters of routes under one id, such as `/api/movies/{id}`. */
export const IdParams = z.object({ id: id() });

/** An integer that fits PostgreSQL's `integer` column, within [min, max]. */
export function int4(min = -2_147_483_648, max = 2_147_483_647) {
  return z.number().int().min(min).max(max);
}
