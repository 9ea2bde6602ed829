// GET /api/users/me/sessions – the caller's signed-in browsers and apps; DELETE – sign out everywhere.
import { json, route } from "@/lib/http";
import { listSessions, revokeAllSessions } from "@/lib/services/users";

export const GET = route({}, async ({ caller }) => {
  const { id, sessionId } = await caller();
  const sessions = await listSessions(id);
  return json({ items: sessions.map((session) => ({ ...session, current: session.id === sessionId })) });
});

export const DELETE = route({}, async ({ caller }) => {
  await revokeAllSessions((await caller()).id);
  return new Response(null, { status: 204 });
});
