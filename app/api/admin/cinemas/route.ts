// GET /api/admin/cinemas – cinemas with their halls; POST – add a cinema.
import { json, route } from "@/lib/http";
import { cinemaJson } from "@/lib/presenters/catalogue";
import { CinemaRequest } from "@/lib/schemas/admin";
import { createCinema, listCinemas } from "@/lib/services/showtimes";

export const GET = route({ access: "staff" }, async () => json({ items: (await listCinemas()).map(cinemaJson) }));

export const POST = route({ access: "staff", body: CinemaRequest }, async ({ body, caller }) =>
  json({ cinema: cinemaJson(await createCinema((await caller()).id, body)) }, 201),
);
