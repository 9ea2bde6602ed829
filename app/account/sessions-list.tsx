import { listSessions } from "@/lib/services/users";
import { deviceName } from "./device-name";
import { revokeSessionAction, signOutEverywhereAction } from "./actions";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Every browser and app signed in to the account, each with its own sign-out. */
export async function SessionsList({ userId, currentSessionId }: { userId: string; currentSessionId: string }) {
  const sessions = await listSessions(userId);
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200">
        {sessions.map((session) => {
          const name = deviceName(session.kind, session.userAgent);
          const current = session.id === currentSessionId;
          return (
            <li key={session.id} className="flex items-center justify-between gap-4 py-3">
              <div className="text-sm">
                <p className="font-medium text-slate-900">
                  {name}
                  {current && (
                    <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">this device</span>
                  )}
                </p>
                <p className="text-slate-600">
                  Last active {when.format(session.lastSeenAt)} UTC
                  {session.ipAddress ? ` from ${session.ipAddress}` : ""} · signed in {when.format(session.createdAt)}
                </p>
              </div>
              <form action={revokeSessionAction}>
                <input type="hidden" name="sessionId" value={session.id} />
                <button
                  type="submit"
                  aria-label={`Sign out ${current ? "this device" : name}`}
                  className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
                >
                  Sign out
                </button>
              </form>
            </li>
          );
        })}
      </ul>
      {sessions.length === 0 && <p className="text-sm text-slate-600">No browser or app is signed in.</p>}
      <form action={signOutEverywhereAction}>
        <button
          type="submit"
          className="rounded border border-red-300 px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
        >
          Sign out everywhere
        </button>
      </form>
    </div>
  );
}
