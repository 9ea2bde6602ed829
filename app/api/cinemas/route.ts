// GET /api/cinemas – every cinema with its halls.
import { json, route } from "@/lib/http";
import { cinemaJson } from "@/lib/presenters/catalogue";
import { listCinemas } from "@/lib/services/showtimes";

export const GET = route({}, async () =>
  json({ items: (await listCinemas()).map(cinemaJson) }, 200, { "cache-control": "public, max-age=300" }),
);
