// POST /api/auth/token – exchange e-mail and password for a bearer token pair (mobile apps, API clients).
import { json, route } from "@/lib/http";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { issueTokenPair, normalizeEmail, verifyCredentials } from "@/lib/services/users";
import { TokenRequest } from "./schemas";

export const POST = route({ body: TokenRequest }, async ({ request, body }) => {
  await consume(LIMITS.signInPerIp, clientIp(request));
  await consume(LIMITS.signInPerAccount, normalizeEmail(body.email));
  const user = await verifyCredentials(body.email, body.password);
  return json(await issueTokenPair(user), 200, { "cache-control": "no-store" });
});
