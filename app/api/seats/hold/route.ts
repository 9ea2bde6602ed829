// POST /api/seats/hold – hold seats of one showtime, all or none, for HOLD_MINUTES.
import { json, route } from "@/lib/http";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { holdSeats } from "@/lib/services/seats";
import { HoldRequestSchema } from "./schemas";

export const POST = route({ body: HoldRequestSchema }, async ({ request, body, caller }) => {
  const user = await caller();
  await consume(LIMITS.holdsPerAccount, user.id);
  await consume(LIMITS.holdsPerIp, clientIp(request));
  const hold = await holdSeats(user.id, body);
  return json({ ...hold, expiresAt: hold.expiresAt.toISOString() }, 201);
});
