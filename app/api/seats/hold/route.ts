// POST /api/seats/hold – hold seats of one showtime, all or none, for HOLD_MINUTES.
import { paymentsMode } from "@/lib/env";
import { json, route } from "@/lib/http";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { salesClosed } from "@/lib/services/payments";
import { holdSeats } from "@/lib/services/seats";
import { getSaleTerms } from "@/lib/services/showtimes";
import { HoldRequestSchema } from "./schemas";

export const POST = route({ body: HoldRequestSchema }, async ({ request, body, caller }) => {
  const user = await caller();
  // Nobody holds seats they could not pay for.
  if (paymentsMode() === "closed") throw salesClosed();
  const address = clientIp(request);
  await consume(LIMITS.holdsPerAccount, user.id);
  await consume(LIMITS.holdsPerIp, address);
  const hold = await holdSeats(user.id, body, await getSaleTerms(body.showtimeId), address);
  return json({ ...hold, expiresAt: hold.expiresAt.toISOString() }, 201);
});
