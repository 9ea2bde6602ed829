// Generators (fast-check arbitraries) of what a hostile or broken client
// sends: strings with NUL, control characters and lone surrogates, invalid
// percent-escapes and UTF-8, huge numbers and arrays, deep nesting,
// prototype-pollution keys, wrong content types and oversized bodies. Used
// in-process by tests/integration/fuzz-routes.test.ts and over real HTTP by
// the system suite; nothing here knows about a route.
import fc from "fast-check";

/** Strings that have broken handlers before: control characters, surrogates, injection and traversal. */
export const NASTY_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u0003",
  "\u0007\u0008\u000b\u000c\u001b\u007f",
  "\ud800",
  "x\udc00y",
  "\uffff\ufffe",
  "\u202e\u200b\u2028\u2029",
  "🎬🍿".repeat(50),
  "Zoë Ångström ñ 日本語 العربية",
  "'; DROP TABLE movies; --",
  "%",
  "%%",
  "%00",
  "%E0%A4%A",
  "../../../etc/passwd",
  "..\\..\\windows",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "__proto__",
  "constructor",
  "prototype",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e400",
  "99999999999999999999",
  "",
  " ",
  "\t\n\r",
];

/** The keys that reach for an object's prototype when merged carelessly. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 6 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 3 },
    {
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
        maxLength: 8,
      }),
      weight: 2,
    },
    { arbitrary: fc.integer({ min: 201, max: 20_000 }).map((n) => "x".repeat(n)), weight: 1 },
  );

/** Numbers no int4 column or bounded schema expects. */
export const hostileNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.constantFrom(
      -1,
      0,
      -0,
      0.5,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53 + 1,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      1e21,
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
  );

/** JSON values built from hostile leaves, with hostile keys. */
export const hostileJsonValue = (maxDepth = 4): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", maxDepth },
      hostileString(),
      hostileNumber(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.oneof(hostileString(), fc.constantFrom(...PROTOTYPE_KEYS)), tie("value"), { maxKeys: 4 }),
    ),
  })).value;

/**
 * An object shaped like a real request body (`shape`: field names and valid
 * sample values) with some fields swapped for hostile values, so that
 * generated input gets past "missing field" into each field's own checks.
 */
export const mutatedBody = (shape: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.subarray(Object.keys(shape)),
      fc.array(hostileJsonValue(3), { minLength: Object.keys(shape).length, maxLength: Object.keys(shape).length }),
      fc.option(fc.constantFrom(...PROTOTYPE_KEYS)),
    )
    .map(([swapped, values, extraKey]) => {
      const body: Record<string, unknown> = {};
      Object.keys(shape).forEach((key, i) => (body[key] = swapped.includes(key) ? values[i] : shape[key]));
      // A real own key, as JSON.parse would make it (not the setter of Object.prototype).
      if (extraKey) Object.defineProperty(body, extraKey, { value: { polluted: true }, enumerable: true });
      return body;
    });

export interface HostileBody {
  /** What the client sends. */
  bytes: string | Uint8Array<ArrayBuffer>;
  contentType: string | null;
  label: string;
}

const JSON_TYPE = "application/json";
const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const OVER_1_MB = 1024 * 1024 + 16;

/** Request bodies: malformed JSON, hostile JSON, deep nesting, oversize, invalid UTF-8, wrong content types. */
export const hostileBody = (shape: Record<string, unknown> = {}): fc.Arbitrary<HostileBody> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: mutatedBody(shape).map((value) => ({
        bytes: JSON.stringify(value),
        contentType: JSON_TYPE,
        label: "mutated",
      })),
    },
    {
      weight: 3,
      arbitrary: hostileJsonValue().map((value) => ({
        bytes: JSON.stringify(value) ?? "null",
        contentType: JSON_TYPE,
        label: "hostile json",
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          "{",
          "{nope",
          '{"a":}',
          "[1,2,",
          '"unterminated',
          "{'single':1}",
          "NaN",
          "undefined",
          "1e400",
          '{"a":1}{"b":2}',
          '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
          '{"a":"\\u0000"}',
          '{"a\\u0000":1}',
          '{"a":"\\ud800"}',
          "\ufeff{}",
        )
        .map((bytes) => ({ bytes, contentType: JSON_TYPE, label: "malformed" })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(65, 1000, 100_000)
        .map((n) => ({ bytes: `{"a":${deep(n)}}`, contentType: JSON_TYPE, label: `nested ${n}` })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { bytes: JSON.stringify({ a: "x".repeat(OVER_1_MB) }), contentType: JSON_TYPE, label: "over 1 MB" },
        { bytes: `[${"0,".repeat(200_000)}0]`, contentType: JSON_TYPE, label: "huge array" },
        {
          bytes: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
          contentType: JSON_TYPE,
          label: "invalid UTF-8",
        },
        {
          bytes: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]),
          contentType: JSON_TYPE,
          label: "overlong UTF-8",
        },
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            null,
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/xml",
            "application/json; charset=utf-16",
            "\u00e9/json",
          ),
          fc.constantFrom(JSON.stringify(shape), "a=1&b=2", "<a/>", "--x\r\n\r\n--x--"),
        )
        .map(([contentType, bytes]) => ({ bytes, contentType, label: `as ${contentType}` })),
    },
  );

/**
 * A raw path segment as it appears in a URL (already percent-encoded, or
 * broken): invalid escapes, NUL, traversal, huge, unicode, or a real id.
 */
export const hostilePathSegment = (realIds: string[] = []): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        "%00",
        "a%00b",
        "%01%1f",
        "%E0%A4%A",
        "%ZZ",
        "%",
        "%C0%AF",
        "%ED%A0%80",
        "%FF%FE",
        "%2F",
        "%2e%2e",
        "..",
        "%20",
        "%7F",
      ),
    },
    { weight: 3, arbitrary: hostileString().map((value) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ""))) },
    { weight: 1, arbitrary: fc.integer({ min: 101, max: 4000 }).map((n) => "a".repeat(n)) },
    ...(realIds.length ? [{ weight: 3, arbitrary: fc.constantFrom(...realIds.map(encodeURIComponent)) }] : []),
  );

/** What Next.js hands a handler for a raw segment: decoded; null when it cannot be decoded (Next.js refuses those). */
export function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A raw query string (without `?`): hostile names and values, broken escapes, repeated keys. */
export const hostileQuery = (names: string[] = []): fc.Arbitrary<string> =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...names, "q", "id", "__proto__", "%00"), hostilePathSegment()),
        fc.oneof(hostilePathSegment(), fc.constantFrom("", "1", "-1", "2026-02-30", "now_showing", "9".repeat(40))),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join("&"));
