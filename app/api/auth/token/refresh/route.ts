// POST /api/auth/token/refresh – rotate a refresh token for a new token pair.
import { json, route } from "@/lib/http";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { refreshTokens } from "@/lib/services/users";
import { RefreshRequest } from "../schemas";

export const POST = route({ body: RefreshRequest }, async ({ request, body }) => {
  await consume(LIMITS.signInPerIp, clientIp(request));
  return json(await refreshTokens(body.refreshToken), 200, { "cache-control": "no-store" });
});
