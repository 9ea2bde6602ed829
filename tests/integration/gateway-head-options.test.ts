// HEAD and OPTIONS over the whole route table, through proxy.ts: HEAD is a
// GET without its body, so it is refused exactly as GET is; OPTIONS tells
// the methods and never lets a caller through to a protected handler. Then
// the same HEAD requests straight to the staff handlers, as if the gateway
// had let them through: the handlers refuse them too (defence in depth).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { API_ROUTES, type Access } from "@/lib/gateway/route-table";
import { makeUser, tokenFor } from "../helpers/fixtures";
import { handlerModule, paramNames } from "../helpers/route-modules";

type Role = "CUSTOMER" | "STAFF" | "ADMIN";
const tokens: Record<Role, string> = { CUSTOMER: "", STAFF: "", ADMIN: "" };

before(async () => {
  for (const role of ["CUSTOMER", "STAFF", "ADMIN"] as const) tokens[role] = await tokenFor(await makeUser({ role }));
});

const concrete = (path: string) => path.replace(/:\w+/g, "x1y2z3").replace("*", "session");
const send = (method: string, path: string, token?: string) =>
  proxy(
    new NextRequest(`http://localhost:3000${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
  );
const passes = (response: Response) => response.status === 200 && response.headers.get("x-middleware-next") === "1";
const below: Record<Access, Role[]> = { public: [], user: [], staff: ["CUSTOMER"], admin: ["CUSTOMER", "STAFF"] };
const at: Record<Exclude<Access, "public">, Role> = { user: "CUSTOMER", staff: "STAFF", admin: "ADMIN" };

test("HEAD is refused exactly as GET is, on every route of the table", async () => {
  let checked = 0;
  for (const rule of API_ROUTES) {
    const path = concrete(rule.path);
    const access = rule.methods.GET;
    if (!access) {
      const refused = await send("HEAD", path, tokens.ADMIN);
      assert.equal(refused.status, 405, `HEAD ${path} has no GET`);
      continue;
    }
    if (access === "public") {
      assert.ok(passes(await send("HEAD", path)), `HEAD ${path} is public`);
      continue;
    }
    const anonymous = await send("HEAD", path);
    assert.equal(anonymous.status, 401, `HEAD ${path} without credentials`);
    for (const role of below[access])
      assert.equal((await send("HEAD", path, tokens[role])).status, 403, `${path} as ${role}`);
    assert.ok(passes(await send("HEAD", path, tokens[at[access]])), `HEAD ${path} as ${at[access]}`);
    checked++;
  }
  assert.ok(checked >= 8, `checked ${checked} protected GET routes`);
});

test("OPTIONS lists the table's methods and never reaches a protected handler", async () => {
  for (const rule of API_ROUTES) {
    const path = concrete(rule.path);
    const protectedRoute = Object.values(rule.methods).some((access) => access !== "public");
    for (const token of [undefined, tokens.CUSTOMER]) {
      const response = await send("OPTIONS", path, token);
      assert.ok(response.status < 500, `OPTIONS ${path}`);
      if (protectedRoute) assert.ok(!passes(response), `OPTIONS ${path} is answered by the gateway`);
      if (response.status === 204) {
        const allow = (response.headers.get("allow") ?? "").split(/,\s*/);
        for (const method of Object.keys(rule.methods)) assert.ok(allow.includes(method), `${path} allows ${method}`);
        assert.ok(allow.includes("OPTIONS"));
      }
    }
  }
});

// Staff GET routes whose handlers are in this change; the rest adopt route({ access }) with their owners.
const REQUIRED = [
  "/api/admin/movies",
  "/api/admin/movies/:id",
  "/api/admin/cinemas",
  "/api/admin/halls",
  "/api/admin/showtimes",
];

async function headToHandlers(only?: string[]) {
  const failures: string[] = [];
  let checked = 0;
  for (const rule of API_ROUTES) {
    const access = rule.methods.GET;
    if ((access !== "staff" && access !== "admin") || (only && !only.includes(rule.path))) continue;
    const routeModule = await handlerModule(rule.path);
    assert.ok(routeModule?.GET, `${rule.path} has a GET handler`);
    // Next.js answers HEAD with the GET handler, dropping the body.
    const call = (token?: string) =>
      routeModule.GET!(
        new Request(`http://localhost:3000${concrete(rule.path)}`, {
          method: "HEAD",
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
        { params: Promise.resolve(Object.fromEntries(paramNames(rule.path).map((name) => [name, "x1y2z3"]))) },
      );
    const anonymous = (await call()).status;
    const customer = (await call(tokens.CUSTOMER)).status;
    if (anonymous !== 401 || customer !== 403)
      failures.push(`${rule.path}: ${anonymous} anonymous, ${customer} as CUSTOMER`);
    checked++;
  }
  assert.deepEqual(failures, [], "handlers that do not re-check the role");
  return checked;
}

test("HEAD straight to a staff handler, past the gateway, is still refused by the handler", async () => {
  assert.equal(await headToHandlers(REQUIRED), REQUIRED.length);
});

test("every staff GET handler re-checks the role", async () => {
  assert.ok((await headToHandlers()) >= 8);
});
