// POST /api/payments/webhook – Stripe's signed events (and the built-in test provider's); each event id counts once.
import { errorResponse, json } from "@/lib/http";
import { bookingPaymentHandlers } from "@/lib/services/bookings";
import { handleWebhook } from "@/lib/services/payments";

export async function POST(request: Request): Promise<Response> {
  try {
    // The signature covers the exact bytes: read the raw body, never re-serialised JSON.
    const outcome = await handleWebhook(
      await request.text(),
      request.headers.get("stripe-signature"),
      bookingPaymentHandlers,
    );
    // A refused event is answered 200 too: it is recorded, and Stripe must not retry it.
    return json({ received: true, outcome });
  } catch (error) {
    return errorResponse(error, request);
  }
}
