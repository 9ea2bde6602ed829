// Password reset and e-mail verification work end to end through the real
// SMTP test server: the link is taken from the e-mail as delivered, and the
// token in it is single-use, short-lived and ends every session (issue 11.5).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { POST as register } from "@/app/api/users/register/route";
import { POST as token } from "@/app/api/auth/token/route";
import { POST as refresh } from "@/app/api/auth/token/refresh/route";
import { GET as me } from "@/app/api/users/me/route";
import { POST as askReset } from "@/app/api/users/password-reset/route";
import { POST as confirmReset } from "@/app/api/users/password-reset/confirm/route";
import { POST as verify } from "@/app/api/users/verify-email/route";
import { POST as resend } from "@/app/api/users/me/verification/route";
import { db } from "@/lib/db";
import { queueMessage, sendDueMessages } from "@/lib/services/notifications";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { callRoute, unique } from "../helpers/fixtures";

const password = "violet kettle under rain";

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(() => sink.close());

const addressOf = (mail: SmtpSink["messages"][number]) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : "");

/** Delivers what is due through the sink until a message for `recipient` with `subject` arrives. */
async function mailTo(recipient: string, subject: RegExp) {
  for (let attempt = 0; attempt < 50; attempt++) {
    await sendDueMessages({ smtpUrl: sink.url, batch: 50 });
    const mail = sink.messages.find((m) => addressOf(m) === recipient && subject.test(m.subject ?? ""));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no e-mail "${subject}" for ${recipient}`);
}

function linkToken(mail: SmtpSink["messages"][number], path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text ?? "");
  assert.ok(match, `the e-mail links to ${path}`);
  return match[1];
}

async function newAccount() {
  const email = `${unique("mail")}@example.test`;
  const answer = await callRoute(register, {
    url: "/api/users/register",
    body: { email, password, name: "<a href=x>Win a prize</a>" },
  });
  assert.equal(answer.status, 201);
  return email;
}

const signIn = (email: string, pass = password) =>
  callRoute(token, { url: "/api/auth/token", body: { email, password: pass } });
const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

test("sign-up sends a confirmation link without the chosen name; the link confirms once and releases tickets", async () => {
  const email = await newAccount();
  const { accessToken } = await (await signIn(email)).json();
  const user = (await (await callRoute(me, { url: "/api/users/me", headers: bearer(accessToken) })).json()).user;
  assert.equal(user.emailVerified, false);
  // Tickets of an unconfirmed address wait, as confirm-booking queues them.
  await queueMessage(db, {
    template: "welcome",
    recipient: email,
    props: { name: "tickets stand-in", browseUrl: "http://localhost:3000/" },
    dedupeKey: unique("waiting"),
    waitForVerification: true,
  });

  const mail = await mailTo(email, /Confirm your e-mail address/);
  assert.doesNotMatch(`${mail.text}${mail.html}`, /Win a prize/, "nothing the person who signed up chose");
  const link = linkToken(mail, "/verify-email");
  assert.ok(Buffer.from(link, "base64url").length >= 16, "at least 128 random bits");
  const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
  assert.notEqual(stored.tokenHash, link, "only a hash is stored");
  assert.ok(!sink.messages.some((m) => addressOf(m) === email && /stand-in/.test(m.text ?? "")), "tickets wait");

  assert.equal((await callRoute(verify, { url: "/api/users/verify-email", body: { token: link } })).status, 200);
  const again = await callRoute(verify, { url: "/api/users/verify-email", body: { token: link } });
  assert.equal(again.status, 401, "single use");
  assert.equal((await again.json()).code, "invalid_token");
  const after = (await (await callRoute(me, { url: "/api/users/me", headers: bearer(accessToken) })).json()).user;
  assert.equal(after.emailVerified, true);
  const waiting = await mailTo(email, /Welcome to Cinema/);
  assert.ok(waiting, "the message that waited is sent once the address is confirmed");
});

test("a signed-in user asks for a new confirmation link; an already confirmed one is told so", async () => {
  const email = await newAccount();
  const { accessToken } = await (await signIn(email)).json();
  const first = await mailTo(email, /Confirm your e-mail address/);
  const answer = await callRoute(resend, {
    url: "/api/users/me/verification",
    method: "POST",
    headers: bearer(accessToken),
  });
  assert.equal(answer.status, 202);
  await sendDueMessages({ smtpUrl: sink.url, batch: 50 });
  const links = sink.messages
    .filter((m) => addressOf(m) === email && /Confirm/.test(m.subject ?? ""))
    .map((m) => linkToken(m, "/verify-email"));
  assert.equal(links.length, 2);
  const stale = await callRoute(verify, {
    url: "/api/users/verify-email",
    body: { token: linkToken(first, "/verify-email") },
  });
  assert.equal(stale.status, 401, "a newer link replaces the older one");
  assert.equal((await callRoute(verify, { url: "/api/users/verify-email", body: { token: links[1] } })).status, 200);
  const done = await callRoute(resend, {
    url: "/api/users/me/verification",
    method: "POST",
    headers: bearer(accessToken),
  });
  assert.deepEqual(await done.json(), { status: "already_verified" });
});

test("password reset by e-mail: the link changes the password once and ends every token", async () => {
  const email = await newAccount();
  const before = await (await signIn(email)).json();

  const answer = await callRoute(askReset, { url: "/api/users/password-reset", body: { email: email.toUpperCase() } });
  assert.equal(answer.status, 202);
  const mail = await mailTo(email, /Reset your Cinema password/);
  const link = linkToken(mail, "/reset-password");
  const stored = await db.accountToken.findFirstOrThrow({
    where: { email, purpose: "PASSWORD_RESET" },
    orderBy: { createdAt: "desc" },
  });
  const minutes = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000;
  assert.equal(Math.round(minutes), 30, "short-lived");

  const weak = await callRoute(confirmReset, {
    url: "/api/users/password-reset/confirm",
    body: { token: link, password: "password123" },
  });
  assert.equal(weak.status, 400, "a refused password does not use up the link");
  const newPassword = "quiet orchard at dawn";
  const done = await callRoute(confirmReset, {
    url: "/api/users/password-reset/confirm",
    body: { token: link, password: newPassword },
  });
  assert.equal(done.status, 200);
  const reuse = await callRoute(confirmReset, {
    url: "/api/users/password-reset/confirm",
    body: { token: link, password: "another fine passphrase" },
  });
  assert.equal(reuse.status, 401, "single use");

  assert.equal((await signIn(email)).status, 401, "the old password no longer works");
  assert.equal((await signIn(email, newPassword)).status, 200);
  assert.equal((await callRoute(me, { url: "/api/users/me", headers: bearer(before.accessToken) })).status, 401);
  const refreshed = await callRoute(refresh, {
    url: "/api/auth/token/refresh",
    body: { refreshToken: before.refreshToken },
  });
  assert.equal(refreshed.status, 401, "refresh tokens are revoked");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  assert.ok(user.emailVerifiedAt, "the link proved the address too");
  const live = await db.session.count({
    where: { userId: user.id, revokedAt: null, createdAt: { lt: user.updatedAt } },
  });
  assert.equal(live, 0, "every session from before the reset has ended");
});

test("two uses of one reset link at once: exactly one changes the password", async () => {
  const email = await newAccount();
  await callRoute(askReset, { url: "/api/users/password-reset", body: { email } });
  const link = linkToken(await mailTo(email, /Reset your Cinema password/), "/reset-password");
  const answers = await Promise.all(
    ["first racing passphrase", "second racing passphrase", "third racing passphrase"].map((pass) =>
      callRoute(confirmReset, { url: "/api/users/password-reset/confirm", body: { token: link, password: pass } }),
    ),
  );
  assert.deepEqual(answers.map((r) => r.status).sort(), [200, 401, 401]);
});

test("an expired reset link is refused", async () => {
  const email = await newAccount();
  await callRoute(askReset, { url: "/api/users/password-reset", body: { email } });
  const link = linkToken(await mailTo(email, /Reset your Cinema password/), "/reset-password");
  await db.accountToken.updateMany({
    where: { email, purpose: "PASSWORD_RESET" },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const answer = await callRoute(confirmReset, {
    url: "/api/users/password-reset/confirm",
    body: { token: link, password: "quiet orchard at dawn" },
  });
  assert.equal(answer.status, 401);
  assert.equal((await signIn(email)).status, 200, "the password is unchanged");
});

test("asking for a reset answers alike for an unknown address, and sends nothing", async () => {
  const known = await newAccount();
  const unknown = `${unique("nobody")}@example.test`;
  const answers = await Promise.all(
    [known, unknown].map((email) => callRoute(askReset, { url: "/api/users/password-reset", body: { email } })),
  );
  assert.deepEqual(
    answers.map((r) => r.status),
    [202, 202],
  );
  assert.deepEqual(await answers[0].json(), await answers[1].json());
  await mailTo(known, /Reset your Cinema password/);
  assert.equal(await db.outboxMessage.count({ where: { recipient: unknown } }), 0);
});
