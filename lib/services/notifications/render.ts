import "server-only";
// Turns a queued message into what is delivered: subject, HTML and text
// parts, and attachments (a QR code per ticket, a calendar file).
import { render } from "@react-email/render";
import { createEvent, type DateArray } from "ics";
import QRCode from "qrcode";
import { createElement, type ReactElement } from "react";
import BookingConfirmed, { subject as confirmedSubject } from "@/emails/booking-confirmed";
import BookingCancelled, { subject as cancelledSubject } from "@/emails/booking-cancelled";
import ShowtimeCancelled, { subject as showtimeCancelledSubject } from "@/emails/showtime-cancelled";
import PaymentFailed, { subject as paymentFailedSubject } from "@/emails/payment-failed";
import Welcome, { subject as welcomeSubject } from "@/emails/welcome";
import VerifyEmail, { subject as verifyEmailSubject } from "@/emails/verify-email";
import PasswordReset, { subject as passwordResetSubject } from "@/emails/password-reset";
import SignUpAttempt, { subject as signUpAttemptSubject } from "@/emails/sign-up-attempt";
import type { BookingConfirmedProps, TemplateName, TemplateProps } from "./templates";

export interface RenderedAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
  /** Content-ID for inline images referenced as cid:… */
  cid?: string;
}

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
  attachments: RenderedAttachment[];
}

const utc = (iso: string): DateArray => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

export function calendarFile(props: BookingConfirmedProps): string {
  const { error, value } = createEvent({
    uid: `booking-${props.bookingId}@cinema`,
    title: `${props.filmTitle} at ${props.cinemaName}`,
    start: utc(props.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utc(props.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: `${props.cinemaName}, ${props.hallName}, ${props.cinemaAddress}`,
    description: `Booking ${props.reference}. Seats: ${props.tickets.map((t) => t.seatLabel).join(", ")}. ${props.manageUrl}`,
    url: props.manageUrl,
    status: "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return value;
}

async function confirmationAttachments(props: BookingConfirmedProps): Promise<RenderedAttachment[]> {
  const qrCodes = await Promise.all(
    props.tickets.map(async (ticket, i) => ({
      filename: `ticket-${ticket.seatLabel}.png`,
      contentType: "image/png",
      content: (
        await QRCode.toBuffer(ticket.code, { type: "png", width: 300, margin: 2, errorCorrectionLevel: "M" })
      ).toString("base64"),
      cid: `qr-${i}`,
    })),
  );
  return [
    ...qrCodes,
    {
      filename: "showtime.ics",
      contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      content: Buffer.from(calendarFile(props)).toString("base64"),
    },
  ];
}

const TEMPLATES: {
  [T in Exclude<TemplateName, "sms">]: {
    component: (props: TemplateProps[T]) => ReactElement;
    subject: (props: TemplateProps[T]) => string;
  };
} = {
  "booking-confirmed": { component: BookingConfirmed, subject: confirmedSubject },
  "booking-cancelled": { component: BookingCancelled, subject: cancelledSubject },
  "showtime-cancelled": { component: ShowtimeCancelled, subject: showtimeCancelledSubject },
  "payment-failed": { component: PaymentFailed, subject: paymentFailedSubject },
  welcome: { component: Welcome, subject: welcomeSubject },
  "verify-email": { component: VerifyEmail, subject: verifyEmailSubject },
  "password-reset": { component: PasswordReset, subject: passwordResetSubject },
  "sign-up-attempt": { component: SignUpAttempt, subject: signUpAttemptSubject },
};

export async function renderMessage<T extends TemplateName>(
  template: T,
  props: TemplateProps[T],
): Promise<RenderedMessage> {
  if (template === "sms") {
    const text = (props as TemplateProps["sms"]).text;
    return { subject: "SMS", html: "", text, attachments: [] };
  }
  const entry = TEMPLATES[template as Exclude<TemplateName, "sms">] as unknown as {
    component: (p: TemplateProps[T]) => ReactElement;
    subject: (p: TemplateProps[T]) => string;
  };
  const element = createElement(entry.component as never, props as never);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const attachments =
    template === "booking-confirmed" ? await confirmationAttachments(props as BookingConfirmedProps) : [];
  return { subject: entry.subject(props), html, text, attachments };
}
