// The schedule of the months behind us: every hall, three shows a day, each
// filled with a film that was in release that day. A cinema's biggest hall
// gives a new film its premiere on the evening of its release day.
import { TZDate } from "@date-fns/tz";
import { SLOT_HOURS } from "./demand";
import { hashString, randomFor, weighted } from "./random";
import type { PickerSeat } from "./seat-picker";

const DAY = 86_400_000;

export interface HistoryHall {
  id: string;
  cinemaId: string;
  layoutId: string;
  timeZone: string;
  currency: string;
  cleaningMinutes: number;
  /** The cinema's first (biggest) hall shows premieres. */
  flagship: boolean;
  seats: PickerSeat[];
  prices: Record<string, number>;
}

export interface HistoryFilm {
  id: string;
  runtimeMin: number;
  /** Midnight UTC of the release day. */
  releaseDate: Date;
  /** How long it stays on screens; Infinity for films still showing. */
  runDays: number;
  popularity: number;
}

export interface PastShowtime {
  id: string;
  movieId: string;
  hall: HistoryHall;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  slot: number;
  ageDays: number;
  popularity: number;
  premiere: boolean;
  /** About one show in three hundred was called off by the cinema. */
  cancelledAt: Date | null;
}

// Films everyone came for, and the quieter ones.
const POPULARITY: Record<string, number> = {
  "orbit-of-echoes": 1.4,
  ironwood: 1.3,
  "iron-lotus": 1.35,
  "whisker-and-the-moon": 1.2,
  "the-long-goodbye-tour": 1.15,
  glasshouse: 1.1,
  "the-cartographers": 0.75,
  "small-hours": 0.8,
};

export function popularityOf(slug: string): number {
  return POPULARITY[slug] ?? 0.75 + (hashString(slug) % 40) / 100;
}

/** The id the demo schedule gives a hall's show: the same for the history and the days ahead. */
export function showtimeId(hallId: string, local: TZDate, slot: number): string {
  const day = `${local.getFullYear()}${String(local.getMonth() + 1).padStart(2, "0")}${String(local.getDate()).padStart(2, "0")}`;
  return `st_${hallId}_${day}_${slot}`;
}

/** Whole days from the film's release to the show's local day (0 on release day). */
export function ageOnDay(film: HistoryFilm, local: TZDate): number {
  const showDay = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
  return Math.floor((showDay - film.releaseDate.getTime()) / DAY);
}

export function planPastShowtimes(halls: HistoryHall[], films: HistoryFilm[], now: Date, days: number) {
  const showtimes: PastShowtime[] = [];
  for (const hall of halls) {
    for (let back = days; back >= 0; back--) {
      const local = new TZDate(now.getTime() - back * DAY, hall.timeZone);
      const showing = films.filter((film) => {
        const age = ageOnDay(film, local);
        return age >= 0 && age < film.runDays;
      });
      if (showing.length === 0) continue;
      for (const [slot, hourOfDay] of SLOT_HOURS.entries()) {
        const startsAt = new Date(
          new TZDate(
            local.getFullYear(),
            local.getMonth(),
            local.getDate(),
            Math.floor(hourOfDay),
            (hourOfDay % 1) * 60,
            0,
            hall.timeZone,
          ).getTime(),
        );
        if (startsAt >= now) continue;
        const id = showtimeId(hall.id, local, slot);
        const random = randomFor(`schedule:${id}`);
        const premiereFilm =
          hall.flagship && slot >= 1 ? showing.find((film) => ageOnDay(film, local) === 0) : undefined;
        const film =
          premiereFilm ??
          showing[
            weighted(
              random,
              showing.map((candidate) => {
                const age = ageOnDay(candidate, local);
                // New films get the big halls and the evenings.
                const fresh = age < 7 ? 3 : age < 14 ? 2 : age < 28 ? 1.2 : 0.6;
                return candidate.popularity * fresh * (hall.flagship && slot === 2 ? fresh : 1);
              }),
            )
          ];
        const endsAt = new Date(startsAt.getTime() + film.runtimeMin * 60_000);
        const cancelled = back > 1 && random() < 0.003;
        showtimes.push({
          id,
          movieId: film.id,
          hall,
          startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + hall.cleaningMinutes * 60_000),
          slot,
          ageDays: ageOnDay(film, local),
          popularity: film.popularity,
          premiere: premiereFilm !== undefined && slot === 2,
          cancelledAt: cancelled ? new Date(startsAt.getTime() - (3 + random() * 45) * 3_600_000) : null,
        });
      }
    }
  }
  return showtimes;
}
