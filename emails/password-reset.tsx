import { Button, Section, Text } from "@react-email/components";
import type { PasswordResetProps } from "@/lib/services/notifications/templates";
import { EmailLayout, button, h1, p } from "./components/layout";

export const subject = () => "Reset your Cinema password";

export default function PasswordReset(props: PasswordResetProps) {
  return (
    <EmailLayout preview="A link to choose a new password.">
      <Text style={h1}>Reset your password</Text>
      <Text style={p}>Someone asked to reset the password of the Cinema account with this address.</Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={props.resetUrl} style={button}>
          Choose a new password
        </Button>
      </Section>
      <Text style={p}>
        The link works once, for {props.expiresInMinutes} minutes, and signs you out everywhere. If you did not ask,
        ignore this e-mail: your password stays as it is.
      </Text>
    </EmailLayout>
  );
}

PasswordReset.PreviewProps = {
  resetUrl: "http://localhost:3000/reset-password?token=preview",
  expiresInMinutes: 30,
} satisfies PasswordResetProps;
