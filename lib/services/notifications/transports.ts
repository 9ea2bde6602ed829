import "server-only";
// Where messages go. E-mail: SMTP through nodemailer when SMTP_URL is set,
// else the development mailbox (the message stays in the outbox, shown on the
// staff Messages page, and is KEPT, never called sent). SMS: a
// Twilio-compatible HTTP API when configured, else kept the same way.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { RenderedMessage } from "./render";

/** A transport took the message (sent), or there is none and it stays in the mailbox (kept). */
export type Delivery = { outcome: "sent"; providerMessageId: string | null } | { outcome: "kept" };

const KEPT: Delivery = { outcome: "kept" };

export interface Transport {
  email(to: string, message: RenderedMessage): Promise<Delivery>;
  sms(to: string, text: string): Promise<Delivery>;
}

const transporters = new Map<string, nodemailer.Transporter>();

function smtp(url: string): nodemailer.Transporter {
  let transporter = transporters.get(url);
  if (!transporter) {
    transporter = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transporters.set(url, transporter);
  }
  return transporter;
}

async function sendSms(to: string, text: string): Promise<Delivery> {
  if (!env.TWILIO_ACCOUNT_SID || !env.TWILIO_AUTH_TOKEN || !env.TWILIO_FROM) return KEPT;
  const response = await fetch(`${env.TWILIO_API_BASE}/2010-04-01/Accounts/${env.TWILIO_ACCOUNT_SID}/Messages.json`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${env.TWILIO_ACCOUNT_SID}:${env.TWILIO_AUTH_TOKEN}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ To: to, From: env.TWILIO_FROM, Body: text }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json().catch(() => ({}))) as { sid?: string; message?: string };
  if (!response.ok) throw new Error(`SMS provider answered ${response.status}: ${body.message ?? "no reason given"}`);
  return { outcome: "sent", providerMessageId: body.sid ?? null };
}

/** E-mail goes to `smtpUrl` when given, else to the development mailbox. */
export function transportFor(smtpUrl: string | undefined): Transport {
  return {
    async email(to, message) {
      if (!smtpUrl) return KEPT;
      const info = await smtp(smtpUrl).sendMail({
        from: env.MAIL_FROM,
        to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        attachments: message.attachments.map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content, "base64"),
          contentType: a.contentType,
          cid: a.cid,
        })),
      });
      return { outcome: "sent", providerMessageId: info.messageId ?? null };
    },
    sms: sendSms,
  };
}
