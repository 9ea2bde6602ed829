// POST /api/admin/movies/{id}/poster – upload a poster (multipart field "poster": PNG, JPEG or WebP, at most 2 MB).
import { AppError } from "@/lib/errors";
import { json, route } from "@/lib/http";
import { movieJson } from "@/lib/presenters/catalogue";
import { IdParams } from "@/lib/schemas/text";
import { MAX_POSTER_BYTES, savePoster } from "@/lib/services/movies";

export const POST = route({ access: "staff", params: IdParams }, async ({ request, params, caller }) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_POSTER_BYTES + 64 * 1024)
    throw new AppError("payload_too_large", "Posters can be at most 2 MB.");
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data"))
    throw new AppError("unsupported_media_type", "Send the poster as multipart/form-data in a field named poster.");
  const form = await request.formData().catch(() => {
    throw new AppError("validation_failed", "Send the poster as multipart/form-data in a field named poster.");
  });
  const file = form.get("poster");
  if (!(file instanceof File))
    throw new AppError("validation_failed", "Send the poster in a field named poster.", {
      extra: { errors: [{ path: "poster", message: "Required" }] },
    });
  const movie = await savePoster((await caller()).id, params.id, Buffer.from(await file.arrayBuffer()));
  return json({ movie: movieJson(movie) });
});
