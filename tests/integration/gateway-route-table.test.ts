// Walks the whole route table through proxy.ts: every protected API route
// answers 401 without credentials and 403 to a role below its level; every
// protected page redirects to sign-in or is refused.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { API_ROUTES, PAGE_RULES, type Access } from "@/lib/gateway/route-table";
import { makeUser, tokenFor } from "../helpers/fixtures";

const tokens: Record<"CUSTOMER" | "STAFF" | "ADMIN", string> = { CUSTOMER: "", STAFF: "", ADMIN: "" };

before(async () => {
  for (const role of ["CUSTOMER", "STAFF", "ADMIN"] as const) tokens[role] = await tokenFor(await makeUser({ role }));
});

const concrete = (path: string) => path.replace(/:\w+/g, "x1y2z3").replace("*", "session");

function send(method: string, path: string, token?: string, headers: Record<string, string> = {}) {
  return proxy(
    new NextRequest(`http://localhost:3000${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    }),
  );
}

const passes = (response: Response) => response.status === 200 && response.headers.get("x-middleware-next") === "1";

const roleBelow: Record<Access, "CUSTOMER" | "STAFF" | null> = {
  public: null,
  user: null,
  staff: "CUSTOMER",
  admin: "STAFF",
};
const roleAt: Record<Exclude<Access, "public">, "CUSTOMER" | "STAFF" | "ADMIN"> = {
  user: "CUSTOMER",
  staff: "STAFF",
  admin: "ADMIN",
};

test("every API route answers 401, 403 and lets through exactly as the table says", async () => {
  let checked = 0;
  for (const rule of API_ROUTES) {
    for (const [method, access] of Object.entries(rule.methods)) {
      const path = concrete(rule.path);
      const anonymous = await send(method, path);
      if (access === "public") {
        assert.ok(passes(anonymous), `${method} ${path} is public`);
        continue;
      }
      assert.equal(anonymous.status, 401, `${method} ${path} without credentials`);
      assert.equal(anonymous.headers.get("content-type"), "application/problem+json");
      assert.equal((await anonymous.json()).code, "unauthenticated");
      assert.equal((await send(method, path, "not-a-token")).status, 401, `${method} ${path} with a bad token`);
      const below = roleBelow[access];
      if (below) {
        const refused = await send(method, path, tokens[below]);
        assert.equal(refused.status, 403, `${method} ${path} as ${below}`);
        assert.equal((await refused.json()).code, "forbidden");
      }
      assert.ok(passes(await send(method, path, tokens[roleAt[access]])), `${method} ${path} as ${roleAt[access]}`);
      checked++;
    }
  }
  assert.ok(checked >= 25, `checked ${checked} protected routes`);
});

test("a method the table does not list is 405 with Allow", async () => {
  const response = await send("DELETE", "/api/movies");
  assert.equal(response.status, 405);
  assert.equal(response.headers.get("allow"), "GET, HEAD, OPTIONS");
  assert.equal((await response.json()).code, "method_not_allowed");
});

test("protected pages redirect to sign-in, and refuse a role below theirs", async () => {
  for (const rule of PAGE_RULES) {
    const anonymous = await send("GET", rule.prefix);
    assert.equal(anonymous.status, 307, `${rule.prefix} redirects`);
    assert.match(
      anonymous.headers.get("location") ?? "",
      new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(rule.prefix)}`),
    );
    const below = roleBelow[rule.access];
    if (below) assert.equal((await send("GET", rule.prefix, tokens[below])).status, 403, `${rule.prefix} as ${below}`);
  }
});

test("cookie-authenticated writes from another origin are refused; bearer and webhook are exempt", async () => {
  const crossSite = await send("POST", "/api/seats/hold", undefined, {
    origin: "https://evil.example",
    cookie: "authjs.session-token=x",
  });
  assert.equal(crossSite.status, 403);
  assert.equal((await crossSite.json()).code, "cross_origin");
  const bearer = await send("POST", "/api/seats/hold", tokens.CUSTOMER, { origin: "https://app.example" });
  assert.ok(passes(bearer));
  const webhook = await send("POST", "/api/payments/webhook", undefined, { origin: "https://stripe.com" });
  assert.ok(passes(webhook));
});

test("pages carry a nonce-based CSP and the security headers", async () => {
  const response = await send("GET", "/");
  const csp = response.headers.get("content-security-policy") ?? "";
  assert.match(csp, /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(response.headers.get("referrer-policy"), "strict-origin-when-cross-origin");
  assert.equal(response.headers.get("strict-transport-security"), null, "no HSTS over plain HTTP");
  const https = await proxy(new NextRequest("https://cinema.example/", { headers: { "x-forwarded-proto": "https" } }));
  assert.match(https.headers.get("strict-transport-security") ?? "", /max-age=\d+/);
});

test("answers about one person are never stored by a browser or a shared cache; public ones may be", async () => {
  for (const path of ["/api/users/me", "/api/booking", "/api/admin/bookings", "/api/auth/token"]) {
    const method = path === "/api/auth/token" ? "POST" : "GET";
    const response = await send(method, path, tokens.ADMIN);
    assert.ok(passes(response), `${path} passes the gateway`);
    assert.equal(response.headers.get("cache-control"), "no-store", path);
  }
  assert.equal((await send("GET", "/api/movies")).headers.get("cache-control"), null);
});
