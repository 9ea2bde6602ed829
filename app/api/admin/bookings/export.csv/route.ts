// GET /api/admin/bookings/export.csv?showtimeId= or ?date=YYYY-MM-DD(&cinemaId=) – the bookings as CSV, one row per ticket, streamed.
import { z } from "zod";
import { route } from "@/lib/http";
import { bookingLines, exportShows } from "@/lib/read-models/booking-export";
import { csvResponse } from "@/lib/read-models/csv";
import { optionalId } from "@/lib/read-models/report-range";
import { calendarDay } from "@/lib/schemas/calendar-day";
import { id } from "@/lib/schemas/text";

const ExportQuery = z
  .object({ showtimeId: id().optional(), date: calendarDay().optional(), cinemaId: optionalId() })
  .refine((query) => Boolean(query.showtimeId) !== Boolean(query.date), {
    message: "Give either showtimeId or date",
    path: ["showtimeId"],
  });

export const GET = route({ access: "staff", query: ExportQuery }, async ({ query }) => {
  const shows = await exportShows(query);
  const name = query.showtimeId ? `bookings-${query.showtimeId}.csv` : `bookings-${query.date}.csv`;
  return csvResponse(name, bookingLines(shows));
});
