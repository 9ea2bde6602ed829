// The dashboard's date ranges and typed prices.
import { test } from "node:test";
import assert from "node:assert/strict";
import { centsOf } from "@/components/admin/money-input";
import { lastDays, ReportQuery, reportRange } from "@/lib/read-models/report-range";
import { daysBetween } from "@/lib/read-models/sales-report";

test("a range is checked: real days, in order, at most 400 of them; an empty cinema means all", () => {
  assert.ok(ReportQuery.safeParse({ from: "2026-01-01", to: "2026-12-31" }).success);
  assert.ok(!ReportQuery.safeParse({ from: "2026-02-02", to: "2026-02-01" }).success);
  assert.ok(!ReportQuery.safeParse({ from: "2025-01-01", to: "2026-02-05" }).success);
  assert.ok(!ReportQuery.safeParse({ from: "2026-02-30" }).success);
  assert.equal(ReportQuery.parse({ cinemaId: "" }).cinemaId, undefined);
  assert.ok(!ReportQuery.safeParse({ cinemaId: "bad id!" }).success);
});

test("missing ends default to the week up to today, in the cinema's zone", () => {
  const now = new Date("2026-11-25T03:00:00Z"); // still the 24th in New York
  assert.deepEqual(reportRange({}, "America/New_York", now), { from: "2026-11-18", to: "2026-11-24" });
  assert.deepEqual(reportRange({}, "Europe/London", now), { from: "2026-11-19", to: "2026-11-25" });
  assert.deepEqual(reportRange({ to: "2026-03-31" }, "UTC", now), { from: "2026-03-25", to: "2026-03-31" });
  assert.deepEqual(lastDays(1, "Europe/London", now), { from: "2026-11-25", to: "2026-11-25" });
});

test("every day of a range, across a month and a clock change", () => {
  assert.deepEqual(daysBetween("2026-03-28", "2026-04-01"), [
    "2026-03-28",
    "2026-03-29",
    "2026-03-30",
    "2026-03-31",
    "2026-04-01",
  ]);
  assert.deepEqual(daysBetween("2026-05-01", "2026-05-01"), ["2026-05-01"]);
});

test("prices as staff type them", () => {
  assert.equal(centsOf("12.50"), 1250);
  assert.equal(centsOf("12,5"), 1250);
  assert.equal(centsOf(" 9 "), 900);
  assert.equal(centsOf("0.05"), 5);
  assert.equal(centsOf("12.505"), null);
  assert.equal(centsOf("-1"), null);
  assert.equal(centsOf("£12"), null);
  assert.equal(centsOf("99999"), null, "over 10,000");
});
