// How long sessions last: the numbers behind ASVS 7.3 (documented in docs/security.md).
import type { SessionKind } from "@/lib/generated/prisma/enums";

/** A session unused for this long ends (ASVS 7.3.1); each request pushes it back. */
export const SESSION_IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 12 * 60);
/** However active, a session ends after this long (ASVS 7.3.2): 7 days in a browser, 30 for an app. */
export const SESSION_LIFETIME_DAYS: Record<SessionKind, number> = { BROWSER: 7, APP: 30 };
