// The gateway's one table: who may call each API route and open each page.
// proxy.ts enforces it before any handler runs; services still check
// ownership themselves, so a mistake here never leaks someone's booking.

export type Access = "public" | "user" | "staff" | "admin";
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteRule {
  /** Path with `:param` segments; a trailing `*` matches any rest. */
  path: string;
  methods: Partial<Record<Method, Access>>;
}

export const API_ROUTES: RouteRule[] = [
  { path: "/api/health", methods: { GET: "public" } },
  { path: "/api/metrics", methods: { GET: "public" } },
  { path: "/api/openapi.json", methods: { GET: "public" } },
  { path: "/api/auth/token", methods: { POST: "public" } },
  { path: "/api/auth/token/refresh", methods: { POST: "public" } },
  { path: "/api/auth/token/revoke", methods: { POST: "public" } },
  { path: "/api/auth/*", methods: { GET: "public", POST: "public" } },
  { path: "/api/users/register", methods: { POST: "public" } },
  { path: "/api/users/me", methods: { GET: "user", PATCH: "user" } },
  { path: "/api/users/me/verification", methods: { POST: "user" } },
  { path: "/api/users/me/sessions", methods: { GET: "user", DELETE: "user" } },
  { path: "/api/users/me/sessions/:id", methods: { DELETE: "user" } },
  { path: "/api/users/verify-email", methods: { POST: "public" } },
  { path: "/api/users/password-reset", methods: { POST: "public" } },
  { path: "/api/users/password-reset/confirm", methods: { POST: "public" } },
  { path: "/api/movies", methods: { GET: "public" } },
  { path: "/api/movies/:id", methods: { GET: "public" } },
  { path: "/api/showtimes", methods: { GET: "public" } },
  { path: "/api/showtimes/:id", methods: { GET: "public" } },
  { path: "/api/showtimes/:id/seats", methods: { GET: "public" } },
  { path: "/api/showtimes/:id/seats/stream", methods: { GET: "public" } },
  { path: "/api/cinemas", methods: { GET: "public" } },
  { path: "/api/cinemas/:id", methods: { GET: "public" } },
  { path: "/api/posters/:file", methods: { GET: "public" } },
  { path: "/api/seats/hold", methods: { POST: "user" } },
  { path: "/api/seats/hold/:holdId", methods: { DELETE: "user" } },
  { path: "/api/booking", methods: { GET: "user" } },
  { path: "/api/booking/book", methods: { POST: "user" } },
  { path: "/api/booking/:id", methods: { GET: "user" } },
  { path: "/api/booking/:id/cancel", methods: { POST: "user" } },
  { path: "/api/payments/webhook", methods: { POST: "public" } },
  { path: "/api/admin/movies", methods: { GET: "staff", POST: "staff" } },
  { path: "/api/admin/movies/:id", methods: { GET: "staff", PATCH: "staff", DELETE: "staff" } },
  { path: "/api/admin/movies/:id/poster", methods: { POST: "staff" } },
  { path: "/api/admin/cinemas", methods: { GET: "staff", POST: "staff" } },
  { path: "/api/admin/halls", methods: { GET: "staff", POST: "staff" } },
  { path: "/api/admin/halls/:id/layout", methods: { PUT: "staff" } },
  { path: "/api/admin/halls/:id/prices", methods: { PUT: "admin" } },
  { path: "/api/admin/showtimes", methods: { GET: "staff", POST: "staff" } },
  { path: "/api/admin/showtimes/:id/cancel", methods: { POST: "staff" } },
  { path: "/api/admin/bookings", methods: { GET: "staff" } },
  { path: "/api/admin/bookings/:id/refund", methods: { POST: "staff" } },
  { path: "/api/admin/check-in", methods: { POST: "staff" } },
  { path: "/api/admin/messages", methods: { GET: "staff" } },
  { path: "/api/admin/messages/:id/retry", methods: { POST: "staff" } },
  { path: "/api/admin/jobs", methods: { GET: "staff" } },
  { path: "/api/admin/jobs/:id", methods: { GET: "staff" } },
  { path: "/api/admin/jobs/:id/resume", methods: { POST: "staff" } },
  { path: "/api/admin/users", methods: { GET: "admin" } },
  { path: "/api/admin/users/:id", methods: { PATCH: "admin" } },
];

/** Pages: the first matching prefix decides. Unlisted pages are public. */
export const PAGE_RULES: { prefix: string; access: Access }[] = [
  { prefix: "/admin/users", access: "admin" },
  { prefix: "/admin", access: "staff" },
  { prefix: "/account", access: "user" },
  { prefix: "/bookings", access: "user" },
  { prefix: "/pay", access: "user" },
];

function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split("/");
  const got = pathname.replace(/\/$/, "").split("/");
  for (let i = 0; i < want.length; i++) {
    if (want[i] === "*") return got.length > i;
    if (i >= got.length) return false;
    if (want[i].startsWith(":")) {
      if (!got[i]) return false;
      continue;
    }
    if (want[i] !== got[i]) return false;
  }
  return want.length === got.length;
}

/** The rule for an API path: exact routes win over `*` ones. */
export function findApiRule(pathname: string): RouteRule | undefined {
  const candidates = API_ROUTES.filter((rule) => matches(rule.path, pathname));
  return candidates.find((rule) => !rule.path.endsWith("*")) ?? candidates[0];
}

export function pageAccess(pathname: string): Access {
  return (
    PAGE_RULES.find((rule) => pathname === rule.prefix || pathname.startsWith(`${rule.prefix}/`))?.access ?? "public"
  );
}

const RANK: Record<Access, number> = { public: 0, user: 1, staff: 2, admin: 3 };
const ROLE_RANK = { CUSTOMER: 1, STAFF: 2, ADMIN: 3 } as const;

export function allows(access: Access, role: keyof typeof ROLE_RANK | null): boolean {
  if (access === "public") return true;
  return role !== null && ROLE_RANK[role] >= RANK[access];
}
