import { Text } from "@react-email/components";
import type { ShowtimeCancelledProps } from "@/lib/services/notifications/templates";
import { EmailLayout, h1, p } from "./components/layout";
import { ShowSummary } from "./components/show-summary";
import { sampleShow } from "./components/sample-show";
import { money } from "./components/format";

export const subject = (props: ShowtimeCancelledProps) => `We're sorry: ${props.filmTitle} is cancelled`;

export default function ShowtimeCancelled(props: ShowtimeCancelledProps) {
  return (
    <EmailLayout preview={`The showing of ${props.filmTitle} is cancelled and you've been refunded in full.`}>
      <Text style={h1}>We&apos;re sorry, this showing is cancelled</Text>
      <Text style={p}>
        Hello {props.customerName}, we had to cancel the showing below. We apologise for spoiling your plans. Your
        booking {props.reference} has been refunded in full ({money(props.refundCents, props.currency)}); the money
        usually reaches your card within 5 to 10 working days.
      </Text>
      <ShowSummary show={props} />
      <Text style={p}>We hope to welcome you to another showing soon.</Text>
    </EmailLayout>
  );
}

ShowtimeCancelled.PreviewProps = {
  reference: "K7M2QX9P",
  customerName: "Maya",
  ...sampleShow,
  refundCents: 3300,
  currency: "GBP",
} satisfies ShowtimeCancelledProps;
