// POST /api/auth/token – exchange e-mail and password for a bearer token pair (mobile apps, API clients).
import { json, route } from "@/lib/http";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/gateway/client-address";
import { guardSignIn, signInFailed } from "@/lib/gateway/sign-in-guard";
import { issueTokenPair, verifyCredentials } from "@/lib/services/users";
import { TokenRequest } from "./schemas";

export const POST = route({ body: TokenRequest }, async ({ request, body }) => {
  const address = clientIp(request);
  await guardSignIn(body.email, address);
  const user = await verifyCredentials(body.email, body.password).catch((error) => {
    if (isAppError(error)) signInFailed(body.email, address, error.code);
    throw error;
  });
  const pair = await issueTokenPair(user, { userAgent: request.headers.get("user-agent"), ipAddress: address });
  return json(pair, 200, { "cache-control": "no-store" });
});
