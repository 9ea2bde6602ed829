// CSV cells for spreadsheets: quoted when they must be, and never run as a formula.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { csvCell, csvLine } from "@/lib/read-models/csv";
import { formatMoneyPlain } from "@/lib/read-models/money-text";

test("a cell that starts like a formula is prefixed with a quote", () => {
  for (const formula of ["=1+2", "+44 20 7946 0000", "-2", "@SUM(A1)", "\tTAB", "\rCR"])
    assert.equal(csvCell(formula).replace(/^"|"$/g, "")[0], "'", formula);
  assert.equal(csvCell('=HYPERLINK("http://evil.test")'), `"'=HYPERLINK(""http://evil.test"")"`);
  assert.equal(csvCell(-250), "-250", "numbers are numbers, not text to defuse");
});

test("commas, quotes and line breaks are quoted; empty values are empty", () => {
  assert.equal(csvCell("Smith, Jo"), '"Smith, Jo"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell("two\nlines"), '"two\nlines"');
  assert.equal(csvCell(null), "");
  assert.equal(csvCell(undefined), "");
  assert.equal(csvLine(["a", 1, null]), "a,1,\r\n");
});

test("any text survives the trip: unquoting a cell gives it back, defused", () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const cell = csvCell(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      assert.equal(unquoted, expected);
      if (/[",\r\n]/.test(expected)) assert.ok(cell.startsWith('"'));
    }),
  );
});

test("money as a plain decimal", () => {
  assert.equal(formatMoneyPlain(1250), "12.50");
  assert.equal(formatMoneyPlain(5), "0.05");
  assert.equal(formatMoneyPlain(-1999), "-19.99");
  assert.equal(formatMoneyPlain(0), "0.00");
});
