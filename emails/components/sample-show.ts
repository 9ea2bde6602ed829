// Sample data for `npm run email:dev` previews.
import type { ShowInfo } from "@/lib/services/notifications/templates";

export const sampleShow: ShowInfo = {
  filmTitle: "Orbit of Echoes",
  cinemaName: "Riverside Picturehouse",
  cinemaAddress: "12 Bankside Walk, London SE1",
  hallName: "Screen 1",
  startsAt: "2026-12-05T19:30:00Z",
  endsAt: "2026-12-05T21:48:00Z",
  timeZone: "Europe/London",
};
