// E-mails through a real SMTP server on loopback: the confirmation as the
// customer receives it, delivery after an outage, and many workers sending
// each message exactly once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { db } from "@/lib/db";
import { queueMessage, sendDueMessages, type BookingConfirmedProps } from "@/lib/services/notifications";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { unique } from "../helpers/fixtures";

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(() => sink.close());

function confirmation(tickets: number): BookingConfirmedProps {
  const id = unique("bk");
  return {
    bookingId: id,
    reference: "K7M2QX9P",
    customerName: "Maya",
    filmTitle: "Orbit of Echoes",
    cinemaName: "Riverside Picturehouse",
    cinemaAddress: "12 Bankside Walk, London SE1",
    hallName: "Screen 1",
    startsAt: "2026-12-05T19:30:00.000Z",
    endsAt: "2026-12-05T21:48:00.000Z",
    timeZone: "Europe/London",
    tickets: Array.from({ length: tickets }, (_, i) => ({
      code: `tk_${id}${i}`.replace(/-/g, ""),
      seatLabel: `F${12 + i}`,
      seatType: "PREMIUM",
    })),
    totalCents: 1650 * tickets,
    currency: "GBP",
    manageUrl: `http://localhost:3000/bookings/${id}`,
  };
}

/** Sends everything due, with a transport pointed at `smtpUrl`. */
async function drain(smtpUrl: string, workerId = "test") {
  let total = 0;
  for (let n = await sendDueMessages({ smtpUrl, workerId }); n > 0; n = await sendDueMessages({ smtpUrl, workerId }))
    total += n;
  return total;
}

test("the booking confirmation arrives with both parts, a QR code per ticket and a calendar file", async () => {
  const props = confirmation(3);
  const recipient = `${unique("buyer")}@example.test`;
  await queueMessage(db, {
    template: "booking-confirmed",
    recipient,
    props,
    dedupeKey: `booking-confirmed:${props.bookingId}`,
  });
  await drain(sink.url);
  const mail = sink.messages.find((m) => (m.to && !Array.isArray(m.to) ? m.to.text : "") === recipient);
  assert.ok(mail, "delivered");
  assert.equal(mail.subject, "Your tickets for Orbit of Echoes (K7M2QX9P)");
  assert.equal(mail.from?.value[0].address, "tickets@cinema.test");
  assert.match(mail.html || "", /Seat (<!-- -->)?F12/);
  assert.match(mail.html || "", /Riverside Picturehouse/);
  assert.match(mail.text || "", /Orbit of Echoes/);
  assert.match(mail.text || "", /19:30/, "the time in the cinema's time zone");

  const images = mail.attachments.filter((a) => a.contentType === "image/png");
  assert.equal(images.length, 3, "one QR code per ticket");
  const decoded = images.map((image) => {
    const png = PNG.sync.read(image.content);
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  });
  assert.deepEqual(decoded.sort(), props.tickets.map((t) => t.code).sort());
  // Inline images, referenced from the HTML by Content-ID.
  assert.deepEqual(images.map((image) => image.cid).sort(), ["qr-0", "qr-1", "qr-2"]);
  assert.ok(images.every((image) => image.contentDisposition === "inline"));

  const ics = mail.attachments.find((a) => a.filename === "showtime.ics");
  assert.ok(ics);
  const calendar = ics.content.toString();
  assert.match(calendar, /^BEGIN:VCALENDAR/);
  assert.match(calendar, /BEGIN:VEVENT/);
  assert.match(calendar, /DTSTART:20261205T193000Z/);
  assert.match(calendar, /DTEND:20261205T214800Z/);
  assert.match(calendar, /SUMMARY:Orbit of Echoes at Riverside Picturehouse/);
  assert.match(calendar, /END:VCALENDAR\s*$/);

  const row = await db.outboxMessage.findUniqueOrThrow({
    where: { dedupeKey: `booking-confirmed:${props.bookingId}` },
    include: { attemptLog: true },
  });
  assert.equal(row.status, "SENT");
  assert.equal(row.attemptLog.length, 1);
  assert.ok(row.renderedHtml && row.renderedText);
});

test("without SMTP a message is kept in the mailbox, never marked sent", async () => {
  const props = confirmation(1);
  await queueMessage(db, {
    template: "booking-confirmed",
    recipient: `${unique("mailbox")}@example.test`,
    props,
    dedupeKey: `booking-confirmed:${props.bookingId}`,
  });
  // Whatever else is due is kept too: drain it all.
  while ((await sendDueMessages({ smtpUrl: undefined, workerId: "no-smtp" })) > 0);
  const row = await db.outboxMessage.findUniqueOrThrow({
    where: { dedupeKey: `booking-confirmed:${props.bookingId}` },
  });
  assert.equal(row.status, "KEPT");
  assert.equal(row.sentAt, null);
  assert.ok(row.renderedHtml, "rendered, for the mailbox to show");
});

test("queueing the same message twice sends it once", async () => {
  const props = confirmation(1);
  const recipient = `${unique("twice")}@example.test`;
  for (let i = 0; i < 3; i++)
    await queueMessage(db, {
      template: "booking-confirmed",
      recipient,
      props,
      dedupeKey: `booking-confirmed:${props.bookingId}`,
    });
  await drain(sink.url);
  assert.equal(sink.messages.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : "") === recipient).length, 1);
});

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

test("with the SMTP server down the message waits, records the error, and goes out when it is back", async () => {
  const port = await closedPort();
  const props = confirmation(1);
  const recipient = `${unique("outage")}@example.test`;
  await queueMessage(db, {
    template: "booking-confirmed",
    recipient,
    props,
    dedupeKey: `booking-confirmed:${props.bookingId}`,
  });
  await sendDueMessages({ smtpUrl: `smtp://127.0.0.1:${port}`, workerId: "during-outage" });
  const waiting = await db.outboxMessage.findUniqueOrThrow({
    where: { dedupeKey: `booking-confirmed:${props.bookingId}` },
    include: { attemptLog: true },
  });
  assert.equal(waiting.status, "PENDING");
  assert.equal(waiting.attempts, 1);
  assert.match(waiting.lastError ?? "", /ECONNREFUSED|connect/i);
  assert.ok(waiting.nextAttemptAt > new Date(), "retried later, with backoff");
  assert.equal(waiting.attemptLog[0].succeeded, false);

  const revived = await startSmtpSink(port);
  try {
    await db.outboxMessage.update({ where: { id: waiting.id }, data: { nextAttemptAt: new Date() } });
    await drain(revived.url, "after-outage");
    assert.equal(revived.messages.length, 1);
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id: waiting.id } });
    assert.equal(sent.status, "SENT");
    assert.equal(sent.attempts, 2);
  } finally {
    await revived.close();
  }
});

test("a message that keeps failing is marked failed after its attempt limit", async () => {
  const port = await closedPort();
  const props = confirmation(1);
  await queueMessage(db, {
    template: "booking-confirmed",
    recipient: "never@example.test",
    props,
    dedupeKey: `booking-confirmed:${props.bookingId}`,
  });
  const row = await db.outboxMessage.findUniqueOrThrow({
    where: { dedupeKey: `booking-confirmed:${props.bookingId}` },
  });
  await db.outboxMessage.update({ where: { id: row.id }, data: { maxAttempts: 2 } });
  for (let i = 0; i < 2; i++) {
    await db.outboxMessage.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
    await sendDueMessages({ smtpUrl: `smtp://127.0.0.1:${port}` });
  }
  const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
  assert.equal(failed.status, "FAILED");
  assert.equal(failed.attempts, 2);
});

test("two workers over 200 queued messages send each exactly once", async () => {
  const batchSink = await startSmtpSink();
  try {
    const tag = unique("bulk");
    for (let i = 0; i < 200; i++) {
      await queueMessage(db, {
        template: "welcome",
        recipient: `${tag}-${i}@example.test`,
        props: { name: `Guest ${i}`, browseUrl: "http://localhost:3000/" },
        dedupeKey: `${tag}:${i}`,
      });
    }
    const worker = async (workerId: string) => {
      let sent = 0;
      for (
        let n = await sendDueMessages({ smtpUrl: batchSink.url, workerId, batch: 10 });
        n > 0;
        n = await sendDueMessages({ smtpUrl: batchSink.url, workerId, batch: 10 })
      )
        sent += n;
      return sent;
    };
    const [a, b] = await Promise.all([worker("worker-a"), worker("worker-b")]);
    const mine = batchSink.messages.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : "").startsWith(tag));
    assert.equal(mine.length, 200, "every message delivered");
    assert.equal(new Set(mine.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ""))).size, 200, "none twice");
    // How the two split the work is up to the scheduler; that they claimed each message once is not.
    assert.equal(a + b, 200, "each message claimed once between the two workers");
    const attempts = await db.messageAttempt.count({ where: { message: { dedupeKey: { startsWith: `${tag}:` } } } });
    assert.equal(attempts, 200);
  } finally {
    await batchSink.close();
  }
});
