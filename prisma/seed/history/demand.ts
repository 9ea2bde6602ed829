// How a cinema's audience behaves, for the demo history: evenings sell more
// than matinees, weekends more than weekdays, a film sells best in its
// opening days and its premiere night nearly sells out; most people buy on
// the day or the day before, at lunchtime or in the evening, and opening
// weeks are booked further ahead. Pure functions of a seeded random source.
import { weighted, type Random } from "./random";

/** Local start times of the three daily slots (as the demo schedule has them). */
export const SLOT_HOURS = [13, 16.5, 20] as const;

export interface ShowDemand {
  slot: number;
  /** 0 Sunday … 6 Saturday, in the cinema's zone. */
  weekday: number;
  /** Days since the film's release (0 on release day). */
  ageDays: number;
  /** The film's pull, about 0.6 to 1.4. */
  popularity: number;
  capacity: number;
  /** The opening night's evening show in a cinema's biggest hall. */
  premiere: boolean;
}

const SLOT_BASE = [0.1, 0.17, 0.3];

function weekendFactor(weekday: number, slot: number): number {
  if (weekday === 6) return 1.55;
  if (weekday === 0) return slot === 2 ? 1.2 : 1.45;
  if (weekday === 5) return slot === 2 ? 1.4 : 1.05;
  return 1;
}

function freshness(ageDays: number): number {
  if (ageDays < 3) return 1.9;
  if (ageDays < 7) return 1.6;
  if (ageDays < 14) return 1.25;
  if (ageDays < 21) return 1;
  if (ageDays < 35) return 0.8;
  return 0.6;
}

/** The share of seats a show sells, 0 to 0.97. */
export function targetOccupancy(show: ShowDemand, random: Random): number {
  const size = show.capacity > 200 ? 0.85 : show.capacity < 90 ? 1.15 : 1;
  const noise = 0.75 + random() * 0.5;
  const share =
    SLOT_BASE[show.slot] *
    weekendFactor(show.weekday, show.slot) *
    freshness(show.ageDays) *
    show.popularity *
    size *
    noise *
    (show.premiere ? 2.2 : 1);
  return Math.min(0.97, share);
}

const PARTY_WEIGHTS = [0, 22, 48, 12, 14, 3, 1];

/** How many seats one booking takes: mostly couples, then singles and families. */
export function partySize(random: Random): number {
  return weighted(random, PARTY_WEIGHTS);
}

/** Whole days between buying and the show: most buy on the day or the day before; opening weeks further ahead. */
export function leadDays(random: Random, opening: boolean): number {
  if (random() < (opening ? 0.22 : 0.42)) return 0;
  const mean = opening ? 4.5 : 1.8;
  return Math.min(opening ? 28 : 21, 1 + Math.floor(-Math.log(1 - random()) * mean));
}

// Relative sales by local hour: a lunchtime peak and a bigger evening one.
const HOUR_WEIGHTS = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1, 1.3, 1.5, 1.8, 2.4, 2.6, 2, 1.8, 1.9, 2.3, 2.8, 3, 2.6, 2, 1.2, 0.6,
];

/** The local hour someone buys, before `beforeHour` when it is the day of the show. */
export function purchaseHour(random: Random, beforeHour = 24): number {
  return weighted(random, HOUR_WEIGHTS.slice(0, Math.max(1, Math.floor(beforeHour))));
}

export interface Outcome {
  /** The checkout was left unpaid (expired), or the card was declined. */
  unpaid: "abandoned" | "declined" | null;
  /** After paying: cancelled by the customer, refunded by staff (whole or one ticket). */
  refund: "customer" | "staff" | "staff_one_ticket" | null;
  /** The party never came to the door. */
  noShow: boolean;
}

export function bookingOutcome(random: Random, input: { slot: number; partySize: number; leadDays: number }): Outcome {
  const roll = random();
  const unpaid = roll < 0.06 ? "abandoned" : roll < 0.075 ? "declined" : null;
  const refundRoll = random();
  const refund =
    unpaid !== null
      ? null
      : refundRoll < 0.025 && input.leadDays >= 1
        ? "customer"
        : refundRoll < 0.035
          ? "staff"
          : refundRoll < 0.045 && input.partySize >= 2
            ? "staff_one_ticket"
            : null;
  const noShow = random() < (input.slot === 0 ? 0.13 : 0.08);
  return { unpaid, refund, noShow };
}
