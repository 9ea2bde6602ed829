// POST /api/auth/token/revoke – revoke a refresh token and every token rotated from the same sign-in.
import { route } from "@/lib/http";
import { revokeRefreshToken } from "@/lib/services/users";
import { RefreshRequest } from "../schemas";

export const POST = route({ body: RefreshRequest }, async ({ body }) => {
  await revokeRefreshToken(body.refreshToken);
  return new Response(null, { status: 204 });
});
