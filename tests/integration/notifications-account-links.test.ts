// A password-reset or confirmation e-mail lets whoever reads it take the
// account. Once delivered, its content is not kept; in the development
// mailbox (no SMTP) only an admin may open it, not any member of staff.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { db } from "@/lib/db";
import { getMessage, queueMessage, sendDueMessages } from "@/lib/services/notifications";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { unique } from "../helpers/fixtures";

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(() => sink.close());

/** Sends due messages until this one has gone (other files may have left messages due before it). */
async function sendUntilDone(id: string, smtpUrl: string | undefined) {
  for (let round = 0; round < 50; round++) {
    const { status } = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    if (status !== "PENDING" && status !== "SENDING") return;
    await sendDueMessages({ smtpUrl, batch: 50 });
  }
}

async function queueReset(recipient: string) {
  await queueMessage(db, {
    template: "password-reset",
    recipient,
    props: { resetUrl: `http://localhost:3000/reset-password?token=${unique("secret")}`, expiresInMinutes: 30 },
    dedupeKey: unique("reset"),
  });
  return db.outboxMessage.findFirstOrThrow({ where: { recipient } });
}

test("a delivered reset e-mail keeps no link behind", async () => {
  const recipient = `${unique("kept")}@example.test`;
  const queued = await queueReset(recipient);
  await sendUntilDone(queued.id, sink.url);
  assert.ok(
    sink.messages.some((mail) => mail.text?.includes("reset-password?token=")),
    "the recipient got the link",
  );
  const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } });
  assert.equal(stored.status, "SENT");
  assert.equal(stored.renderedHtml, null);
  assert.equal(stored.renderedText, null);
  assert.doesNotMatch(JSON.stringify(stored.payload), /token/);
  assert.ok(stored.subject, "the log still says what was sent");
});

test("in the development mailbox only an admin may open a reset e-mail", async () => {
  const recipient = `${unique("mailbox")}@example.test`;
  const queued = await queueReset(recipient);
  await sendUntilDone(queued.id, undefined);
  const asStaff = await getMessage(queued.id, { role: "STAFF" });
  assert.equal(asStaff.status, "KEPT");
  assert.equal(asStaff.contentHidden, true);
  assert.doesNotMatch(JSON.stringify(asStaff), /reset-password\?token=/);
  const asAdmin = await getMessage(queued.id, { role: "ADMIN" });
  assert.match(asAdmin.renderedHtml ?? "", /reset-password\?token=/);
});
