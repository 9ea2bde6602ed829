// POST /api/booking/book – book held seats (holdId) or seats directly; answers the checkout URL. Needs Idempotency-Key.
import { AppError } from "@/lib/errors";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { fieldErrors, json, route } from "@/lib/http";
import { bookingJson } from "@/lib/presenters/booking";
import { createBooking } from "@/lib/services/bookings";
import { BookRequestSchema, IdempotencyKey } from "./schemas";

export const POST = route({ body: BookRequestSchema }, async ({ request, body, caller }) => {
  const user = await caller();
  // Booking holds seats until the checkout ends: limited per account and per address against hoarding.
  await consume(LIMITS.bookingsPerAccount, user.id);
  await consume(LIMITS.bookingsPerIp, clientIp(request));
  const key = IdempotencyKey.safeParse(request.headers.get("idempotency-key") ?? "");
  if (!key.success) {
    throw new AppError("validation_failed", "Send an Idempotency-Key header (a unique value per booking attempt).", {
      extra: { errors: fieldErrors(key.error).map((e) => ({ ...e, path: "Idempotency-Key" })) },
    });
  }
  const { booking, checkoutUrl } = await createBooking(user, body, key.data, clientIp(request));
  return json({ booking: bookingJson(booking), checkoutUrl }, 201);
});
