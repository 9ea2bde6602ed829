// The sales of one showtime, planned in memory from the audience model: who
// bought which seats when, who paid, who cancelled or was refunded, and who
// came to the door. Only what happened before `now` is kept, so a show next
// week has its advance sales and nothing more.
import { TZDate } from "@date-fns/tz";
import { bookingOutcome, leadDays, partySize, purchaseHour, targetOccupancy } from "./demand";
import { randomFor, type Random } from "./random";
import { seatPicker, type PickerSeat } from "./seat-picker";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface PlannedShowtime {
  id: string;
  movieId: string;
  hallId: string;
  startsAt: Date;
  timeZone: string;
  currency: string;
  slot: number;
  /** Days since the film's release, on the show's day. */
  ageDays: number;
  popularity: number;
  premiere: boolean;
  seats: PickerSeat[];
  prices: Record<string, number>;
  /** Set when the cinema called the show off: when. */
  cancelledAt: Date | null;
}

export interface PlannedTicket {
  id: string;
  seatId: string;
  seatLabel: string;
  seatType: string;
  amountCents: number;
  voidedAt: Date | null;
  checkedInAt: Date | null;
}

export interface PlannedRefund {
  key: string;
  reason: string;
  amountCents: number;
  ticketIds: string[];
  at: Date;
  /** Who gave the money back, for the audit trail (null: the customer or the cinema's job). */
  byStaff: boolean;
}

export interface PlannedBooking {
  id: string;
  showtimeId: string;
  customer: number;
  status: "CONFIRMED" | "EXPIRED" | "CANCELLED" | "REFUNDED";
  paymentStatus: "PAID" | "PARTIALLY_REFUNDED" | "REFUNDED" | "EXPIRED" | "FAILED";
  createdAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  amountCents: number;
  currency: string;
  tickets: PlannedTicket[];
  refunds: PlannedRefund[];
  /** The party arrives now or later: checked in by the door staff through the service, not planned here. */
  arrivesAtDoor: boolean;
}

/** The instant a purchase made `lead` days before the show, at a likely hour, happened. */
function purchaseTime(show: PlannedShowtime, lead: number, random: Random): Date {
  const local = new TZDate(show.startsAt.getTime(), show.timeZone);
  const showHour = local.getHours() + local.getMinutes() / 60;
  const hour = purchaseHour(random, lead === 0 ? showHour - 0.25 : 24);
  const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - lead, hour, 0, 0, show.timeZone);
  const at = new Date(day.getTime() + Math.floor(random() * HOUR));
  return at < show.startsAt ? at : new Date(show.startsAt.getTime() - (5 + random() * 20) * MINUTE);
}

const between = (random: Random, from: number, to: number) => new Date(from + random() * Math.max(0, to - from));

/**
 * Plans a showtime's bookings. `recentStart` marks shows whose doors are open
 * right now: their audience is left to check in through the bookings service.
 */
export function planSales(show: PlannedShowtime, now: Date, recentStart: boolean): PlannedBooking[] {
  const random = randomFor(`sales:${show.id}`);
  const picker = seatPicker(show.seats);
  const target = Math.round(
    targetOccupancy(
      {
        slot: show.slot,
        weekday: new TZDate(show.startsAt.getTime(), show.timeZone).getDay(),
        ageDays: show.ageDays,
        popularity: show.popularity,
        capacity: show.seats.length,
        premiere: show.premiere,
      },
      random,
    ) * show.seats.length,
  );
  const opening = show.ageDays < 7 || show.premiere;
  const bookings: PlannedBooking[] = [];
  let sold = 0;
  for (let n = 0; sold < target && picker.free > 0; n++) {
    const size = partySize(random);
    const lead = leadDays(random, opening);
    const createdAt = purchaseTime(show, lead, random);
    const outcome = bookingOutcome(random, { slot: show.slot, partySize: size, leadDays: lead });
    const id = `${show.id}_b${n}`;
    const base = {
      id,
      showtimeId: show.id,
      customer: Math.floor(random() * 1_000_000),
      createdAt,
      currency: show.currency,
      refunds: [] as PlannedRefund[],
      arrivesAtDoor: false,
    };
    if (outcome.unpaid) {
      // The checkout ran out or the card was declined: the seats went back, nobody paid.
      if (createdAt < now && (!show.cancelledAt || createdAt < show.cancelledAt))
        bookings.push({
          ...base,
          status: "EXPIRED",
          paymentStatus: outcome.unpaid === "abandoned" ? "EXPIRED" : "FAILED",
          confirmedAt: null,
          cancelledAt: null,
          amountCents: size * (show.prices.STANDARD ?? 0),
          tickets: [],
        });
      continue;
    }
    const seats = picker.pick(size, random);
    if (seats.length === 0) break;
    sold += seats.length;
    // Bought after now (a future show's later sales) or after the show was called off: never happened.
    if (createdAt >= now || (show.cancelledAt && createdAt >= show.cancelledAt)) continue;
    const confirmedAt = new Date(createdAt.getTime() + (30 + random() * 170) * 1000);
    const tickets: PlannedTicket[] = seats.map((seat, i) => ({
      id: `${id}_t${i}`,
      seatId: seat.id,
      seatLabel: seat.label,
      seatType: seat.type,
      amountCents: show.prices[seat.type] ?? 0,
      voidedAt: null,
      checkedInAt: null,
    }));
    const booking: PlannedBooking = {
      ...base,
      status: "CONFIRMED",
      paymentStatus: "PAID",
      confirmedAt,
      cancelledAt: null,
      amountCents: tickets.reduce((sum, ticket) => sum + ticket.amountCents, 0),
      tickets,
    };
    const start = show.startsAt.getTime();
    if (show.cancelledAt) {
      const at = between(random, show.cancelledAt.getTime(), show.cancelledAt.getTime() + 20 * MINUTE);
      refundAll(booking, at, "REFUNDED", "showtime-cancelled", "Showtime cancelled by the cinema", false);
    } else if (outcome.refund === "customer") {
      const at = between(random, confirmedAt.getTime() + HOUR, start - 2 * HOUR);
      // The policy allows it up to two hours before the show.
      if (at > confirmedAt && at.getTime() <= start - 2 * HOUR && at < now)
        refundAll(booking, at, "CANCELLED", "customer-cancel", "Cancelled by the customer", false);
    } else if (outcome.refund === "staff") {
      // Mostly a complaint after the show, sometimes a change of plan on the day.
      const at =
        random() < 0.6 ? between(random, start + 2 * HOUR, start + DAY) : between(random, start - 3 * HOUR, start);
      if (at > confirmedAt && at < now) refundAll(booking, at, "REFUNDED", "staff-whole", "Refunded by staff", true);
    } else if (outcome.refund === "staff_one_ticket") {
      const at = between(random, start - 3 * HOUR, start);
      const ticket = tickets[tickets.length - 1];
      if (at > confirmedAt && at < now) {
        ticket.voidedAt = at;
        booking.paymentStatus = "PARTIALLY_REFUNDED";
        booking.refunds.push({
          key: `staff-${ticket.id}`,
          reason: "Refunded by staff",
          amountCents: ticket.amountCents,
          ticketIds: [ticket.id],
          at,
          byStaff: true,
        });
      }
    }
    if (booking.status === "CONFIRMED" && !outcome.noShow) {
      if (recentStart) booking.arrivesAtDoor = true;
      else if (start < now.getTime())
        for (const ticket of tickets)
          if (!ticket.voidedAt) ticket.checkedInAt = new Date(start - (3 + random() * 32) * MINUTE);
    }
    bookings.push(booking);
  }
  return bookings;
}

function refundAll(
  booking: PlannedBooking,
  at: Date,
  status: "CANCELLED" | "REFUNDED",
  key: string,
  reason: string,
  byStaff: boolean,
) {
  booking.status = status;
  booking.paymentStatus = "REFUNDED";
  booking.cancelledAt = at;
  for (const ticket of booking.tickets) ticket.voidedAt = at;
  booking.refunds.push({
    key,
    reason,
    amountCents: booking.amountCents,
    ticketIds: booking.tickets.map((t) => t.id),
    at,
    byStaff,
  });
}
