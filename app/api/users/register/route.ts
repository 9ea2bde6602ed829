// POST /api/users/register – open a moviegoer account; answers alike whether or not the address has one.
import { json, route } from "@/lib/http";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { signUp } from "@/lib/services/users";
import { RegisterRequest } from "./schemas";

export const POST = route({ body: RegisterRequest }, async ({ request, body }) => {
  await consume(LIMITS.registerPerIp, clientIp(request));
  // A new address gets a confirmation link, a known one a note to its owner: the answer can't tell them apart.
  const { user } = await signUp(body);
  return json({ user }, 201);
});
