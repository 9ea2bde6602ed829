import { Button, Section, Text } from "@react-email/components";
import type { BookingCancelledProps } from "@/lib/services/notifications/templates";
import { EmailLayout, button, h1, p } from "./components/layout";
import { ShowSummary } from "./components/show-summary";
import { sampleShow } from "./components/sample-show";
import { money } from "./components/format";

export const subject = (props: BookingCancelledProps) =>
  props.kind === "refunded" ? `Refund for booking ${props.reference}` : `Booking ${props.reference} cancelled`;

export default function BookingCancelled(props: BookingCancelledProps) {
  const refund = money(props.refundCents, props.currency);
  return (
    <EmailLayout
      preview={`${props.kind === "refunded" ? "Refunded" : "Cancelled"}: ${props.filmTitle}. ${refund} is on its way back.`}
    >
      <Text style={h1}>{props.kind === "refunded" ? "We've refunded your booking" : "Your booking is cancelled"}</Text>
      <Text style={p}>
        Hello {props.customerName}, {props.kind === "refunded" ? "the cinema has refunded" : "you cancelled"} booking{" "}
        {props.reference}.
        {props.refundCents > 0
          ? ` We've refunded ${refund} to the card you paid with; it usually arrives within 5 to 10 working days.`
          : " Nothing was charged."}
      </Text>
      <ShowSummary show={props} extra={[["Refund", refund]]} />
      <Section style={{ margin: "16px 0" }}>
        <Button href={props.manageUrl} style={button}>
          See the booking
        </Button>
      </Section>
    </EmailLayout>
  );
}

BookingCancelled.PreviewProps = {
  reference: "K7M2QX9P",
  customerName: "Maya",
  ...sampleShow,
  refundCents: 3300,
  currency: "GBP",
  kind: "cancelled",
  manageUrl: "http://localhost:3000/bookings/demo",
} satisfies BookingCancelledProps;
