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
  { path: "/api/docs", methods: { GET: "public" } },
  { path: "/api/docs/:asset", methods: { GET: "public" } },
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
  { path: "/api/admin/cinemas/:id", methods: { GET: "staff", PATCH: "staff" } },
  { path: "/api/admin/halls", methods: { GET: "staff", POST: "staff" } },
  { path: "/api/admin/halls/:id/layout", methods: { PUT: "staff" } },
  { path: "/api/admin/halls/:id/prices", methods: { PUT: "admin" } },
  { path: "/api/admin/showtimes", methods: { GET: "staff", POST: "staff" } },
  { path: "/api/admin/showtimes/:id/cancel", methods: { POST: "staff" } },
  { path: "/api/admin/bookings", methods: { GET: "staff" } },
  // Before /:id, which would match it too.
  { path: "/api/admin/bookings/export.csv", methods: { GET: "staff" } },
  { path: "/api/admin/bookings/:id", methods: { GET: "staff" } },
  { path: "/api/admin/bookings/:id/resend", methods: { POST: "staff" } },
  { path: "/api/admin/bookings/:id/refund", methods: { POST: "staff" } },
  { path: "/api/admin/check-in", methods: { POST: "staff" } },
  { path: "/api/admin/messages", methods: { GET: "staff" } },
  { path: "/api/admin/messages/:id/retry", methods: { POST: "staff" } },
  { path: "/api/admin/jobs", methods: { GET: "staff" } },
  { path: "/api/admin/jobs/:id", methods: { GET: "staff" } },
  { path: "/api/admin/jobs/:id/resume", methods: { POST: "staff" } },
  { path: "/api/admin/users", methods: { GET: "admin" } },
  { path: "/api/admin/users/:id", methods: { PATCH: "admin" } },
  { path: "/api/admin/reports/sales", methods: { GET: "staff" } },
  { path: "/api/admin/audit", methods: { GET: "admin" } },
];

/** Pages: the first matching prefix decides. Unlisted pages are public. */
export const PAGE_RULES: { prefix: string; access: Access }[] = [
  { prefix: "/admin/users", access: "admin" },
  { prefix: "/admin/audit", access: "admin" },
  { prefix: "/admin", access: "staff" },
  { prefix: "/account", access: "user" },
  { prefix: "/bookings", access: "user" },
  { prefix: "/pay", access: "user" },
];

interface CompiledRule {
  rule: RouteRule;
  segments: string[];
  rest: boolean;
}

// Split once: every request asks, often several times, which rule is its.
const COMPILED: CompiledRule[] = API_ROUTES.map((rule) => ({
  rule,
  segments: rule.path.replace(/\/\*$/, "").split("/"),
  rest: rule.path.endsWith("*"),
}));

function matches({ segments, rest }: CompiledRule, got: string[]): boolean {
  if (rest ? got.length <= segments.length : got.length !== segments.length) return false;
  for (let i = 0; i < segments.length; i++) {
    const want = segments[i];
    if (want.charCodeAt(0) === 58 /* ":" */ ? !got[i] : want !== got[i]) return false;
  }
  return true;
}

/** The rule for an API path: exact routes win over `*` ones. */
export function findApiRule(pathname: string): RouteRule | undefined {
  const got = (pathname.endsWith("/") ? pathname.slice(0, -1) : pathname).split("/");
  let wildcard: RouteRule | undefined;
  for (const compiled of COMPILED) {
    if (!matches(compiled, got)) continue;
    if (!compiled.rest) return compiled.rule;
    wildcard ??= compiled.rule;
  }
  return wildcard;
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
