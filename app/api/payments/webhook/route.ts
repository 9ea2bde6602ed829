// POST /api/payments/webhook – Stripe's signed events (and the built-in test provider's); each event id counts once.
import { errorResponse, json } from "@/lib/http";
import { handleWebhook } from "@/lib/services/payments";

export async function POST(request: Request): Promise<Response> {
  try {
    // The signature covers the exact bytes: read the raw body, never re-serialised JSON.
    const outcome = await handleWebhook(await request.text(), request.headers.get("stripe-signature"));
    return json({ received: true, outcome });
  } catch (error) {
    return errorResponse(error, request);
  }
}
