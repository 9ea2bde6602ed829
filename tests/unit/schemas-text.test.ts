import { test } from "node:test";
import assert from "node:assert/strict";
import { calendarDay } from "@/lib/schemas/calendar-day";
import { id, int4, text } from "@/lib/schemas/text";
import { isSitePath, isWebUrl, webUrl } from "@/lib/schemas/web-url";
import { inspectJson } from "@/lib/schemas/untrusted-input";

test("text(): trimmed, bounded, and free of control characters", () => {
  assert.equal(text(10).parse("  Night  "), "Night");
  for (const bad of ["", "   ", "x".repeat(11), "a\u0000b", "a\u0007", "a\nb", "a\ud800"])
    assert.equal(text(10).safeParse(bad).success, false, JSON.stringify(bad));
  assert.equal(text(20, { multiline: true }).parse("line one\nline\ttwo"), "line one\nline\ttwo");
  assert.equal(text(20, { multiline: true }).safeParse("a\u0000").success, false);
  assert.equal(text(5, { min: 0 }).parse(""), "");
  assert.equal(text(20).parse("Zoë 🎬 日本"), "Zoë 🎬 日本", "unicode is text");
});

test("id(): the shape of an id or slug, nothing else", () => {
  for (const good of ["cm3xk2n0a0000", "film_the-night-train", "a"]) assert.equal(id().parse(good), good);
  for (const bad of ["", "a b", "a/b", "..", "%00", "a\u0000", "x".repeat(101), "é"])
    assert.equal(id().safeParse(bad).success, false, JSON.stringify(bad));
});

test("int4(): integers PostgreSQL's integer column can hold", () => {
  assert.equal(int4().safeParse(2 ** 31 - 1).success, true);
  for (const bad of [2 ** 31, -(2 ** 31) - 1, 1.5, Number.MAX_VALUE, Infinity, NaN])
    assert.equal(int4().safeParse(bad).success, false, String(bad));
});

test("calendarDay(): real days only", () => {
  assert.equal(calendarDay().safeParse("2028-02-29").success, true);
  for (const bad of ["2026-02-30", "2026-13-01", "0000-01-01", "2026-1-1", "tomorrow"])
    assert.equal(calendarDay().safeParse(bad).success, false, bad);
});

test("web URLs: https (http in development); site paths never reach another site", () => {
  assert.equal(isWebUrl("https://videos.example/t"), true);
  for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://x.example", "https://", "//x.example", "/x"])
    assert.equal(isWebUrl(bad), false, bad);
  assert.equal(isWebUrl("http://localhost:3000/t", false), false);
  assert.equal(isWebUrl("http://localhost:3000/t", true), true);
  assert.equal(webUrl().safeParse(" https://videos.example/t ").success, true);
  assert.equal(isSitePath("/posters/a.svg"), true);
  for (const bad of ["//evil.example/a", "/\\evil.example", "posters/a.svg", "/a b"])
    assert.equal(isSitePath(bad), false);
});

test("inspectJson(): names the field with a control character, a prototype key, or too much depth", () => {
  assert.deepEqual(inspectJson({ a: ["ok", "b\u0000"] }), [
    { path: "a.1", message: "Contains control characters, which are not allowed" },
  ]);
  assert.equal(inspectJson(JSON.parse('{"__proto__":{"x":1}}'))[0].path, "__proto__");
  let deep: unknown = 1;
  for (let i = 0; i < 100; i++) deep = [deep];
  assert.match(inspectJson(deep)[0].message, /deeper than 64/);
  assert.deepEqual(inspectJson({ text: "tab\tnew\nline\r", n: 1, b: true, z: null }), []);
});
