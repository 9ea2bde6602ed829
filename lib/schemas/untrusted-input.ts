// Checks every request passes before its own schema sees it (lib/http.ts), so
// that no route can forget them: no NUL or other control characters in any
// string or key, no keys that reach for an object's prototype, no JSON nested
// deeper than anyone writes by hand. A missed check here would otherwise
// surface as a PostgreSQL error (NUL), a polluted object, or a stack overflow.
import type { FieldError } from "@/lib/errors";
import { FORBIDDEN_CHARACTERS_MESSAGE, hasForbiddenCharacters } from "./text";

export const MAX_JSON_DEPTH = 64;
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Enough to tell the caller what is wrong without echoing a huge document. */
const MAX_REPORTED = 10;

const pathOf = (parts: (string | number)[]) => parts.join(".") || "(root)";

/** Problems of a parsed JSON body, walked without recursion (a deep document cannot overflow the stack). */
export function inspectJson(value: unknown): FieldError[] {
  const problems: FieldError[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length && problems.length < MAX_REPORTED) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === "string") {
      if (hasForbiddenCharacters(current)) problems.push({ path: pathOf(path), message: FORBIDDEN_CHARACTERS_MESSAGE });
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (path.length >= MAX_JSON_DEPTH) {
      problems.push({ path: pathOf(path.slice(0, 3)), message: `Nested deeper than ${MAX_JSON_DEPTH} levels` });
      break;
    }
    if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
      continue;
    }
    for (const [key, inner] of Object.entries(current)) {
      if (PROTOTYPE_KEYS.has(key)) problems.push({ path: pathOf([...path, key]), message: "This key is not allowed" });
      else if (hasForbiddenCharacters(key))
        problems.push({ path: pathOf(path), message: `A key ${FORBIDDEN_CHARACTERS_MESSAGE.toLowerCase()}` });
      else pending.push({ value: inner, path: [...path, key] });
    }
  }
  return problems;
}

/** Problems of name/value pairs from a query string or a path; `where` prefixes the field names. */
export function inspectPairs(pairs: Iterable<[string, string | string[]]>, where: string): FieldError[] {
  const problems: FieldError[] = [];
  for (const [name, value] of pairs) {
    const values = Array.isArray(value) ? value : [value];
    if (hasForbiddenCharacters(name) || values.some(hasForbiddenCharacters))
      problems.push({
        path: `${where}.${hasForbiddenCharacters(name) ? "(name)" : name}`,
        message: FORBIDDEN_CHARACTERS_MESSAGE,
      });
    if (problems.length >= MAX_REPORTED) break;
  }
  return problems;
}
