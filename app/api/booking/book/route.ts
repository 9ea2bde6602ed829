// POST /api/booking/book – book held seats (holdId) or seats directly; answers the checkout URL. Needs Idempotency-Key.
import { AppError } from "@/lib/errors";
import { fieldErrors, json, route } from "@/lib/http";
import { bookingJson } from "@/lib/presenters/booking";
import { createBooking } from "@/lib/services/bookings";
import { BookRequestSchema, IdempotencyKey } from "./schemas";

export const POST = route({ body: BookRequestSchema }, async ({ request, body, caller }) => {
  const key = IdempotencyKey.safeParse(request.headers.get("idempotency-key") ?? "");
  if (!key.success) {
    throw new AppError("validation_failed", "Send an Idempotency-Key header (a unique value per booking attempt).", {
      extra: { errors: fieldErrors(key.error).map((e) => ({ ...e, path: "Idempotency-Key" })) },
    });
  }
  const user = await caller();
  const { booking, checkoutUrl } = await createBooking(user, body, key.data);
  return json({ booking: bookingJson(booking), checkoutUrl }, 201);
});
