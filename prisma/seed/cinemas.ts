// Demo cinemas in three cities and time zones, each with believable halls.
import type { HallPlan } from "./layouts";

export interface SeedCinema {
  slug: string;
  name: string;
  city: string;
  address: string;
  timeZone: string;
  currency: string;
  /** Prices per seat type, in the cinema's currency's minor units. */
  prices: Record<"STANDARD" | "PREMIUM" | "WHEELCHAIR" | "COMPANION" | "COUPLE", number>;
  halls: { name: string; plan: HallPlan; formats: string[] }[];
}

const LARGE: HallPlan = {
  rows: 12,
  seatsPerRow: 20,
  aisleAfter: [4, 16],
  premiumRows: 3,
  coupleRow: true,
  wheelchairSpaces: 4,
};
const MEDIUM: HallPlan = {
  rows: 10,
  seatsPerRow: 14,
  aisleAfter: [7],
  premiumRows: 2,
  coupleRow: true,
  wheelchairSpaces: 2,
};
const SMALL: HallPlan = {
  rows: 7,
  seatsPerRow: 10,
  aisleAfter: [],
  premiumRows: 0,
  coupleRow: false,
  wheelchairSpaces: 2,
};
const STUDIO: HallPlan = {
  rows: 6,
  seatsPerRow: 12,
  aisleAfter: [6],
  premiumRows: 2,
  coupleRow: true,
  wheelchairSpaces: 2,
};

export const CINEMAS: SeedCinema[] = [
  {
    slug: "riverside-picturehouse",
    name: "Riverside Picturehouse",
    city: "London",
    address: "12 Bankside Walk, London SE1",
    timeZone: "Europe/London",
    currency: "GBP",
    prices: { STANDARD: 1250, PREMIUM: 1650, WHEELCHAIR: 1250, COMPANION: 1250, COUPLE: 1800 },
    halls: [
      { name: "Screen 1", plan: LARGE, formats: ["2D", "IMAX"] },
      { name: "Screen 2", plan: MEDIUM, formats: ["2D", "3D"] },
      { name: "Screen 3", plan: SMALL, formats: ["2D"] },
    ],
  },
  {
    slug: "canal-street-cinema",
    name: "Canal Street Cinema",
    city: "Manchester",
    address: "48 Canal Street, Manchester M1",
    timeZone: "Europe/London",
    currency: "GBP",
    prices: { STANDARD: 990, PREMIUM: 1350, WHEELCHAIR: 990, COMPANION: 990, COUPLE: 1500 },
    halls: [
      { name: "Hall A", plan: MEDIUM, formats: ["2D"] },
      { name: "Hall B", plan: STUDIO, formats: ["2D"] },
    ],
  },
  {
    slug: "harbor-lights",
    name: "Harbor Lights Theater",
    city: "New York",
    address: "210 Water Street, New York, NY 10038",
    timeZone: "America/New_York",
    currency: "USD",
    prices: { STANDARD: 1600, PREMIUM: 2100, WHEELCHAIR: 1600, COMPANION: 1600, COUPLE: 2400 },
    halls: [
      { name: "Theater 1", plan: LARGE, formats: ["2D", "3D"] },
      { name: "Theater 2", plan: MEDIUM, formats: ["2D"] },
      { name: "Theater 3", plan: STUDIO, formats: ["2D"] },
      { name: "Theater 4", plan: SMALL, formats: ["2D"] },
    ],
  },
];
