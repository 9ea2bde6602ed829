import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/** A showtime with its cinema, hall and prices (films come from the movies service). */
export async function getShowtimeDetails(id: string) {
  const showtime = await db.showtime.findUnique({
    where: { id },
    include: { prices: { orderBy: { amountCents: "asc" } }, hall: { include: { cinema: true } } },
  });
  if (!showtime) throw notFound("The showtime");
  const { hall, prices, ...rest } = showtime;
  const { cinema, ...hallFields } = hall;
  return { showtime: rest, cinema, hall: hallFields, prices };
}

export type ShowtimeDetails = Awaited<ReturnType<typeof getShowtimeDetails>>;

/** The showtime if seats may be sold for it now; otherwise showtime_not_on_sale saying why. */
export async function getShowtimeForSale(id: string, now = new Date()): Promise<ShowtimeDetails> {
  const details = await getShowtimeDetails(id);
  const { showtime } = details;
  if (showtime.status === "CANCELLED") throw new AppError("showtime_not_on_sale", "This showtime has been cancelled.");
  if (showtime.status !== "ON_SALE")
    throw new AppError("showtime_not_on_sale", "Tickets for this showtime are not on sale yet.");
  if (showtime.startsAt <= now) throw new AppError("showtime_not_on_sale", "This showtime has already started.");
  return details;
}

type LayoutWithSeats = NonNullable<Awaited<ReturnType<typeof loadLayout>>>;
const loadLayout = (layoutId: string) =>
  db.hallLayout.findUnique({ where: { id: layoutId }, include: { seats: true } });

// A saved layout never changes (an edit makes a new version), so every
// instance may keep the ones it has read: the hot path of a hold skips a query.
const layoutCache = new Map<string, LayoutWithSeats>();
const LAYOUT_CACHE_SIZE = 500;

/** The seats of the layout a showtime went on sale with. */
export async function getLayoutSeats(layoutId: string): Promise<LayoutWithSeats> {
  const cached = layoutCache.get(layoutId);
  if (cached) return { ...cached, seats: [...cached.seats] };
  const layout = await loadLayout(layoutId);
  if (!layout) throw notFound("The seat layout");
  if (layoutCache.size >= LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
  layoutCache.set(layoutId, layout);
  return { ...layout, seats: [...layout.seats] };
}

/** Takes a showtime off sale for good (the bookings service refunds its holders). */
export async function cancelShowtimeSchedule(id: string): Promise<void> {
  const updated = await db.showtime.updateMany({ where: { id }, data: { status: "CANCELLED" } });
  if (updated.count === 0) throw notFound("The showtime");
}
