// GET|PATCH /api/admin/cinemas/{id} – read or edit a cinema: name, address, time zone, currency, seating rules.
import { json, route } from "@/lib/http";
import { cinemaJson } from "@/lib/presenters/catalogue";
import { CinemaRequest } from "@/lib/schemas/admin";
import { IdParams } from "@/lib/schemas/text";
import type { Cinema } from "@/lib/generated/prisma/client";
import { getCinema } from "@/lib/services/showtimes";
import { updateCinema } from "@/lib/services/showtimes/admin-cinemas";

/** The public fields and the seating rules staff may change. */
const editableJson = (cinema: Cinema) => ({
  ...cinemaJson(cinema),
  orphanSeatRule: cinema.orphanSeatRule,
  companionReleaseMinutes: cinema.companionReleaseMinutes,
});

export const GET = route({ access: "staff", params: IdParams }, async ({ params }) =>
  json({ cinema: editableJson(await getCinema(params.id)) }),
);

export const PATCH = route(
  { access: "staff", params: IdParams, body: CinemaRequest.partial() },
  async ({ params, body, caller }) =>
    json({ cinema: editableJson(await updateCinema((await caller()).id, params.id, body)) }),
);
