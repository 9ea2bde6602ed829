// A password change or a disabled account ends sessions and tokens at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { POST as register } from "@/app/api/users/register/route";
import { POST as token } from "@/app/api/auth/token/route";
import { GET as me } from "@/app/api/users/me/route";
import { administerUser, changePassword } from "@/lib/services/users";
import { callRoute, makeUser, unique } from "../helpers/fixtures";

const password = "a-long-enough-passphrase";

async function account() {
  const email = `${unique("s")}@example.test`;
  await callRoute(register, { url: "/api/users/register", body: { email, password, name: "S" } });
  const { accessToken } = await (await callRoute(token, { url: "/api/auth/token", body: { email, password } })).json();
  const { user } = await (await meWith(accessToken)).json();
  return { user, email, accessToken };
}
function meWith(accessToken: string) {
  return callRoute(me, { url: "/api/users/me", headers: { authorization: `Bearer ${accessToken}` } });
}

test("changing the password revokes the user's access tokens", async () => {
  const { user, accessToken } = await account();
  assert.equal((await meWith(accessToken)).status, 200);
  await changePassword(user.id, password, "another-long-passphrase");
  assert.equal((await meWith(accessToken)).status, 401);
});

test("a disabled account stops working at once and cannot get new tokens", async () => {
  const admin = await makeUser({ role: "ADMIN" });
  const { user, email, accessToken } = await account();
  await administerUser(admin.id, user.id, { disabled: true });
  assert.equal((await meWith(accessToken)).status, 401);
  const again = await callRoute(token, { url: "/api/auth/token", body: { email, password } });
  assert.equal(again.status, 403);
  assert.equal((await again.json()).code, "account_disabled");
});
