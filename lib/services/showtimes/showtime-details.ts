import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { notifiedCache } from "@/lib/notified-cache";

async function loadShowtimeDetails(id: string) {
  const showtime = await db.showtime.findUnique({
    where: { id },
    include: { prices: { orderBy: { amountCents: "asc" } }, hall: { include: { cinema: true } } },
  });
  if (!showtime) return null;
  const { hall, prices, ...rest } = showtime;
  const { cinema, ...hallFields } = hall;
  return { showtime: rest, cinema, hall: hallFields, prices };
}

export type ShowtimeDetails = NonNullable<Awaited<ReturnType<typeof loadShowtimeDetails>>>;

// What a showtime is sold on is read on every hold and seat map, and changes
// rarely: kept per instance, dropped everywhere when a showtime, its prices,
// hall or cinema change (the showtimes_notify triggers). Callers must not
// modify what they get.
const details = notifiedCache<ShowtimeDetails | null>("showtime-details", {
  channel: "cinema_showtimes",
  maxEntries: 5_000,
  ttlMs: 60_000,
});

/** A showtime with its cinema, hall and prices (films come from the movies service). */
export async function getShowtimeDetails(id: string): Promise<ShowtimeDetails> {
  const found = await details.get(id, () => loadShowtimeDetails(id));
  if (!found) throw notFound("The showtime");
  return found;
}

/** The showtime if seats may be sold for it now; otherwise showtime_not_on_sale saying why. */
export async function getShowtimeForSale(id: string, now = new Date()): Promise<ShowtimeDetails> {
  const found = await getShowtimeDetails(id);
  const { showtime } = found;
  if (showtime.status === "CANCELLED") throw new AppError("showtime_not_on_sale", "This showtime has been cancelled.");
  if (showtime.status !== "ON_SALE")
    throw new AppError("showtime_not_on_sale", "Tickets for this showtime are not on sale yet.");
  if (showtime.startsAt <= now) throw new AppError("showtime_not_on_sale", "This showtime has already started.");
  return found;
}

/** The cinema's seating rules for a showtime on sale now, as the seats service applies them to a hold. */
export async function getSaleTerms(id: string, now = new Date()) {
  const { showtime, cinema } = await getShowtimeForSale(id, now);
  return {
    orphanSeatRule: cinema.orphanSeatRule,
    companionOpenFrom: new Date(showtime.startsAt.getTime() - cinema.companionReleaseMinutes * 60_000),
  };
}

type LayoutWithSeats = NonNullable<Awaited<ReturnType<typeof loadLayout>>>;
const loadLayout = (layoutId: string) =>
  db.hallLayout.findUnique({ where: { id: layoutId }, include: { seats: true } });

// A saved layout never changes (an edit makes a new version), so every
// instance may keep the ones it has read.
const globalForLayouts = globalThis as unknown as { cinemaLayouts?: Map<string, LayoutWithSeats> };
const layoutCache = (globalForLayouts.cinemaLayouts ??= new Map());
const LAYOUT_CACHE_SIZE = 500;

/** The seats of the layout a showtime went on sale with (shared: do not modify). */
export async function getLayoutSeats(layoutId: string): Promise<LayoutWithSeats> {
  const cached = layoutCache.get(layoutId);
  if (cached) return cached;
  const layout = await loadLayout(layoutId);
  if (!layout) throw notFound("The seat layout");
  if (layoutCache.size >= LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
  layoutCache.set(layoutId, layout);
  return layout;
}

/** Takes a showtime off sale for good (the bookings service refunds its holders). */
export async function cancelShowtimeSchedule(id: string): Promise<void> {
  const updated = await db.showtime.updateMany({ where: { id }, data: { status: "CANCELLED" } });
  if (updated.count === 0) throw notFound("The showtime");
  details.forget(id);
}
