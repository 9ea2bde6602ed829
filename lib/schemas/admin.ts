// Request schemas of the staff API, shared by its routes and pages.
import { z } from "zod";

const SeatType = z.enum(["STANDARD", "PREMIUM", "WHEELCHAIR", "COMPANION", "COUPLE"]);
const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD");

export const MovieRequest = z.object({
  title: z.string().trim().min(1).max(200),
  synopsis: z.string().trim().min(1).max(5000),
  genres: z.array(z.string().trim().min(1).max(40)).min(1).max(10),
  runtimeMin: z.number().int().min(1).max(600),
  rating: z.string().trim().min(1).max(10),
  releaseDate: z.coerce.date(),
  status: z.enum(["NOW_SHOWING", "COMING_SOON", "ARCHIVED"]).optional(),
  posterUrl: z
    .string()
    .max(500)
    .regex(/^(\/|https:\/\/)/, "A path on this site or an https URL")
    .nullable()
    .optional(),
  trailerUrl: z.string().url().max(500).nullable().optional(),
  castLine: z.string().max(500).nullable().optional(),
  director: z.string().max(200).nullable().optional(),
  language: z.string().min(2).max(20).optional(),
});

export const CinemaRequest = z.object({
  name: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(100),
  address: z.string().trim().min(1).max(300),
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Not a known time zone, e.g. Europe/London"),
  currency: z.string().regex(/^[A-Za-z]{3}$/, "A three-letter currency code"),
  orphanSeatRule: z.boolean().optional(),
  companionReleaseMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
});

export const LayoutRequest = z.object({
  rows: z.number().int().min(1).max(40),
  cols: z.number().int().min(1).max(60),
  rowLabels: z.array(z.string().max(4)).max(40).optional(),
  seats: z.array(z.object({ row: z.number().int().min(0), col: z.number().int().min(0), type: SeatType })).max(600),
});

export const HallRequest = z.object({
  cinemaId: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  cleaningMinutes: z.number().int().min(0).max(120).optional(),
  layout: LayoutRequest,
});

export const PricesRequest = z.record(SeatType, z.number().int().min(0).max(1_000_000));

export const ShowtimeRequest = z
  .object({
    movieId: z.string().min(1),
    hallId: z.string().min(1),
    startsAt: z.coerce.date().optional(),
    series: z
      .object({
        from: localDay,
        to: localDay,
        times: z
          .array(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM"))
          .min(1)
          .max(10),
        weekdays: z.array(z.number().int().min(0).max(6)).optional(),
      })
      .optional(),
    format: z.string().max(20).optional(),
    language: z.string().max(20).optional(),
    subtitles: z.string().max(20).nullable().optional(),
    prices: z.record(z.string(), z.number().int().min(0)).optional(),
  })
  .refine((value) => Boolean(value.startsAt) !== Boolean(value.series), {
    message: "Give either startsAt or series",
    path: ["startsAt"],
  });

export const UserChangeRequest = z.object({
  role: z.enum(["CUSTOMER", "STAFF", "ADMIN"]).optional(),
  disabled: z.boolean().optional(),
});
