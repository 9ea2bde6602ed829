import { Button, Section, Text } from "@react-email/components";
import type { VerifyEmailProps } from "@/lib/services/notifications/templates";
import { EmailLayout, button, h1, p } from "./components/layout";

// Goes to an address nobody has proved yet: nothing in it comes from the
// person who signed up (no name), so it can't carry someone else's words.
export const subject = () => "Confirm your e-mail address";

export default function VerifyEmail(props: VerifyEmailProps) {
  return (
    <EmailLayout preview="Confirm your address to receive your tickets by e-mail.">
      <Text style={h1}>Confirm your e-mail address</Text>
      <Text style={p}>
        An account at Cinema was opened with this address. Confirm that it is yours, and your tickets will be sent here.
      </Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={props.verifyUrl} style={button}>
          Confirm my address
        </Button>
      </Section>
      <Text style={p}>
        The link works once, for {props.expiresInHours} hours. If you did not open an account, ignore this e-mail: no
        tickets will be sent to you.
      </Text>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  verifyUrl: "http://localhost:3000/verify-email?token=preview",
  expiresInHours: 72,
} satisfies VerifyEmailProps;
