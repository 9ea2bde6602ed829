// Demo accounts, whose password the README publishes, are marked as such for
// staff; a real installation makes its first administrator with a command
// instead (issue 11.2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { GET as searchUsers } from "@/app/api/admin/users/route";
import { POST as token } from "@/app/api/auth/token/route";
import { db } from "@/lib/db";
import { seedUsers } from "@/prisma/seed";
import { authHeaders, callRoute, makeUser, unique } from "../helpers/fixtures";

test("the seeded demo accounts are flagged and confirmed, and staff see the flag", async () => {
  await seedUsers();
  const admin = await makeUser({ role: "ADMIN" });
  const answer = await callRoute(searchUsers, {
    url: "/api/admin/users?q=cinema.test",
    headers: await authHeaders(admin),
  });
  const { items } = await answer.json();
  const demo = items.filter((user: { email: string }) => user.email.endsWith("@cinema.test"));
  assert.equal(demo.length, 3);
  assert.ok(demo.every((user: { demo: boolean; emailVerifiedAt: string | null }) => user.demo && user.emailVerifiedAt));
  const others = await (
    await callRoute(searchUsers, { url: `/api/admin/users?q=${admin.email}`, headers: await authHeaders(admin) })
  ).json();
  assert.equal(others.items[0].demo, false);
});

function adminCreate(args: string[], input: string, env: Record<string, string | undefined> = process.env) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/register-hooks.mjs", "scripts/admin-create.ts", ...args],
    { input, env: env as NodeJS.ProcessEnv, encoding: "utf8" },
  );
}

test("admin:create makes an administrator with a confirmed address from a piped password", async () => {
  const email = `${unique("first-admin")}@example.test`;
  const weak = adminCreate(["--email", email], "password123\n");
  assert.equal(weak.status, 1);
  assert.match(weak.stderr, /most common/);

  const made = adminCreate(["--email", email, "--name", "Ana Admin"], "violet kettle under rain\n");
  assert.equal(made.status, 0, made.stderr);
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  assert.equal(user.role, "ADMIN");
  assert.equal(user.name, "Ana Admin");
  assert.ok(user.emailVerifiedAt);
  assert.equal(user.demo, false);
  const signIn = await callRoute(token, {
    url: "/api/auth/token",
    body: { email, password: "violet kettle under rain" },
  });
  assert.equal(signIn.status, 200);
});

test("admin:create promotes an existing account only with --promote, and needs DATABASE_URL", async () => {
  const existing = await makeUser();
  const refused = adminCreate(["--email", existing.email], "");
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /--promote/);
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).role, "CUSTOMER");

  assert.equal(adminCreate(["--email", existing.email, "--promote"], "").status, 0);
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).role, "ADMIN");

  const noDatabase = adminCreate(["--email", "x@example.test"], "", { ...process.env, DATABASE_URL: undefined });
  assert.equal(noDatabase.status, 1);
  assert.match(noDatabase.stderr, /DATABASE_URL is not set/);
});
