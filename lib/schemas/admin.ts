// Request schemas of the staff API, shared by its routes and pages. Every
// string is bounded and free of control characters (text()), every id has
// the shape of one (id()), every number fits the column it lands in.
import { z } from "zod";
import { SeatType } from "@/lib/generated/prisma/enums";
import { calendarDay } from "./calendar-day";
import { id, int4, text } from "./text";
import { siteOrWebUrl, webUrl } from "./web-url";

const SeatTypeSchema = z.enum(SeatType);
const localDay = calendarDay();
/** A calendar date PostgreSQL can store, from an ISO string (or a number of milliseconds). */
const storableDate = z.coerce
  .date()
  .refine((date) => date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2200, "Use a date between 1900 and 2200");
const amountCents = int4(0, 1_000_000);

export const MovieRequest = z.object({
  title: text(200),
  synopsis: text(5000, { multiline: true }),
  genres: z.array(text(40)).min(1).max(10),
  runtimeMin: int4(1, 600),
  rating: text(10),
  releaseDate: storableDate,
  status: z.enum(["NOW_SHOWING", "COMING_SOON", "ARCHIVED"]).optional(),
  posterUrl: siteOrWebUrl().nullable().optional(),
  trailerUrl: webUrl().nullable().optional(),
  castLine: text(500).nullable().optional(),
  director: text(200).nullable().optional(),
  language: text(20, { min: 2 }).optional(),
});

export const CinemaRequest = z.object({
  name: text(200),
  city: text(100),
  address: text(300),
  timeZone: text(64).refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Not a known time zone, e.g. Europe/London"),
  currency: z.string().regex(/^[A-Za-z]{3}$/, "A three-letter currency code"),
  orphanSeatRule: z.boolean().optional(),
  companionReleaseMinutes: int4(0, 24 * 60).optional(),
});

export const LayoutRequest = z.object({
  rows: int4(1, 40),
  cols: int4(1, 60),
  rowLabels: z.array(text(4)).max(40).optional(),
  seats: z.array(z.object({ row: int4(0, 39), col: int4(0, 59), type: SeatTypeSchema })).max(600),
});

export const HallRequest = z.object({
  cinemaId: id(),
  name: text(100),
  cleaningMinutes: int4(0, 120).optional(),
  layout: LayoutRequest,
});

export const PricesRequest = z.record(SeatTypeSchema, amountCents);

export const ShowtimeRequest = z
  .object({
    movieId: id(),
    hallId: id(),
    startsAt: storableDate.optional(),
    series: z
      .object({
        from: localDay,
        to: localDay,
        times: z
          .array(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM"))
          .min(1)
          .max(10),
        weekdays: z.array(int4(0, 6)).max(7).optional(),
      })
      .optional(),
    format: text(20).optional(),
    language: text(20).optional(),
    subtitles: text(20).nullable().optional(),
    /** Prices per seat type instead of the hall's: ADMIN only (the route checks). */
    prices: z.partialRecord(SeatTypeSchema, amountCents).optional(),
  })
  .refine((value) => Boolean(value.startsAt) !== Boolean(value.series), {
    message: "Give either startsAt or series",
    path: ["startsAt"],
  });

export const UserChangeRequest = z.object({
  role: z.enum(["CUSTOMER", "STAFF", "ADMIN"]).optional(),
  disabled: z.boolean().optional(),
});
