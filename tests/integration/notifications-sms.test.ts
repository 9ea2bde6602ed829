// SMS through a Twilio-compatible HTTP API, here a local server that checks
// what it receives.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";

const received: { path: string; auth: string; form: URLSearchParams }[] = [];
let server: http.Server;

before(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      received.push({ path: req.url ?? "", auth: req.headers.authorization ?? "", form: new URLSearchParams(raw) });
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify({ sid: `SM${received.length}`, status: "queued" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.TWILIO_API_BASE = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.TWILIO_ACCOUNT_SID = "AC123";
  process.env.TWILIO_AUTH_TOKEN = "secret-token";
  process.env.TWILIO_FROM = "+15005550006";
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("an SMS goes to the provider with the account's credentials and is recorded", async () => {
  const { db } = await import("@/lib/db");
  const { queueMessage, sendDueMessages } = await import("@/lib/services/notifications");
  const key = `sms-test-${Date.now()}`;
  await queueMessage(db, {
    channel: "SMS",
    template: "sms",
    recipient: "+447700900123",
    props: { text: "Booked: Orbit of Echoes, F12. Ref K7M2QX9P." },
    dedupeKey: key,
  });
  while ((await sendDueMessages({ smtpUrl: undefined })) > 0);
  const sms = received.find((r) => r.form.get("To") === "+447700900123");
  assert.ok(sms, "the provider was called");
  assert.equal(sms.path, "/2010-04-01/Accounts/AC123/Messages.json");
  assert.equal(sms.auth, `Basic ${Buffer.from("AC123:secret-token").toString("base64")}`);
  assert.equal(sms.form.get("From"), "+15005550006");
  assert.match(sms.form.get("Body") ?? "", /K7M2QX9P/);
  const row = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key }, include: { attemptLog: true } });
  assert.equal(row.status, "SENT");
  assert.match(row.attemptLog[0].providerMessageId ?? "", /^SM/);
});
