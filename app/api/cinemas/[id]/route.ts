// GET /api/cinemas/{id or slug} – one cinema with its halls.
import { json, route } from "@/lib/http";
import { cinemaJson } from "@/lib/presenters/catalogue";
import { IdParams } from "@/lib/schemas/text";
import { getCinema } from "@/lib/services/showtimes";

export const GET = route({ params: IdParams }, async ({ params }) =>
  json({ cinema: cinemaJson(await getCinema(params.id)) }),
);
