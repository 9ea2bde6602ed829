import { Button, Column, Img, Row, Section, Text } from "@react-email/components";
import type { BookingConfirmedProps } from "@/lib/services/notifications/templates";
import { EmailLayout, button, colors, h1, p } from "./components/layout";
import { ShowSummary } from "./components/show-summary";
import { sampleShow } from "./components/sample-show";
import { money } from "./components/format";

export const subject = (props: BookingConfirmedProps) => `Your tickets for ${props.filmTitle} (${props.reference})`;

export default function BookingConfirmed(props: BookingConfirmedProps) {
  return (
    <EmailLayout
      preview={`${props.tickets.length} ticket${props.tickets.length === 1 ? "" : "s"} for ${props.filmTitle}, booking ${props.reference}`}
    >
      <Text style={h1}>You&apos;re going to the cinema, {props.customerName}!</Text>
      <Text style={p}>Your booking is confirmed. Show the QR codes below at the door; each one admits one person.</Text>
      <ShowSummary
        show={props}
        extra={[
          ["Seats", props.tickets.map((t) => t.seatLabel).join(", ")],
          ["Paid", money(props.totalCents, props.currency)],
          ["Booking", props.reference],
        ]}
      />
      <Section>
        {props.tickets.map((ticket, i) => (
          <Row key={ticket.code} style={{ borderTop: `1px solid ${colors.line}`, padding: "12px 0" }}>
            <Column style={{ width: "170px" }}>
              <Img
                src={`cid:qr-${i}`}
                width="150"
                height="150"
                alt={`QR code for seat ${ticket.seatLabel}`}
                style={{ backgroundColor: "#ffffff", padding: "4px" }}
              />
            </Column>
            <Column>
              <Text style={{ ...p, fontSize: "18px", fontWeight: 700 }}>Seat {ticket.seatLabel}</Text>
              <Text style={{ ...p, color: colors.muted }}>
                {ticket.seatType.charAt(0) + ticket.seatType.slice(1).toLowerCase()}
              </Text>
              <Text style={{ ...p, fontSize: "12px", color: colors.muted, fontFamily: "monospace" }}>
                {ticket.code}
              </Text>
            </Column>
          </Row>
        ))}
      </Section>
      <Section style={{ margin: "16px 0" }}>
        <Button href={props.manageUrl} style={button}>
          Manage your booking
        </Button>
      </Section>
      <Text style={{ ...p, fontSize: "13px", color: colors.muted }}>
        The attached calendar file adds the show to your calendar.
      </Text>
    </EmailLayout>
  );
}

BookingConfirmed.PreviewProps = {
  bookingId: "demo",
  reference: "K7M2QX9P",
  customerName: "Maya",
  ...sampleShow,
  tickets: [
    { code: "tk_demo1demo1demo1demo1demo1de", seatLabel: "F12", seatType: "PREMIUM" },
    { code: "tk_demo2demo2demo2demo2demo2de", seatLabel: "F13", seatType: "PREMIUM" },
  ],
  totalCents: 3300,
  currency: "GBP",
  manageUrl: "http://localhost:3000/bookings/demo",
} satisfies BookingConfirmedProps;
