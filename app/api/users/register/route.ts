// POST /api/users/register – create a moviegoer account.
import { json, route } from "@/lib/http";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { createUser } from "@/lib/services/users";
import { RegisterRequest } from "./schemas";

export const POST = route({ body: RegisterRequest }, async ({ request, body }) => {
  await consume(LIMITS.registerPerIp, clientIp(request));
  const user = await createUser(body);
  return json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } }, 201);
});
