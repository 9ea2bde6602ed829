import { Button, Section, Text } from "@react-email/components";
import type { PaymentFailedProps } from "@/lib/services/notifications/templates";
import { EmailLayout, button, h1, p } from "./components/layout";
import { ShowSummary } from "./components/show-summary";
import { sampleShow } from "./components/sample-show";

export const subject = (props: PaymentFailedProps) =>
  props.reason === "payment_failed"
    ? `Your payment for ${props.filmTitle} didn't go through`
    : `Your seats for ${props.filmTitle} were released`;

export default function PaymentFailed(props: PaymentFailedProps) {
  return (
    <EmailLayout
      preview={
        props.reason === "payment_failed"
          ? "The payment failed; your seats were released."
          : "Your seat hold ran out before payment."
      }
    >
      <Text style={h1}>
        {props.reason === "payment_failed" ? "Your payment didn't go through" : "Your seats were released"}
      </Text>
      <Text style={p}>
        Hello {props.customerName},{" "}
        {props.reason === "payment_failed"
          ? "your bank declined the payment for booking " +
            props.reference +
            ", so no tickets were issued and nothing was charged."
          : "we held your seats for booking " +
            props.reference +
            ", but the time to pay ran out, so we released them. Nothing was charged."}{" "}
        Seats may still be free: you can try again.
      </Text>
      <ShowSummary show={props} />
      <Section style={{ margin: "16px 0" }}>
        <Button href={props.retryUrl} style={button}>
          Pick seats again
        </Button>
      </Section>
    </EmailLayout>
  );
}

PaymentFailed.PreviewProps = {
  reference: "K7M2QX9P",
  customerName: "Maya",
  ...sampleShow,
  reason: "hold_expired",
  retryUrl: "http://localhost:3000/showtimes/demo",
} satisfies PaymentFailedProps;
