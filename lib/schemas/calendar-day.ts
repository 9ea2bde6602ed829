// A calendar day, YYYY-MM-DD, that exists (no 2026-02-30, which PostgreSQL
// would refuse) and that PostgreSQL can store.
import { z } from "zod";

export function calendarDay() {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD")
    .refine((day) => {
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day && day >= "1900-01-01";
    }, "Not a real date");
}
