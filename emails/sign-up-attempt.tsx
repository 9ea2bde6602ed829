import { Button, Section, Text } from "@react-email/components";
import type { SignUpAttemptProps } from "@/lib/services/notifications/templates";
import { EmailLayout, button, h1, p } from "./components/layout";

// Sign-up answers alike whether or not the address has an account; the
// owner of an existing account learns here what happened instead.
export const subject = () => "Someone tried to sign up with your address";

export default function SignUpAttempt(props: SignUpAttemptProps) {
  return (
    <EmailLayout preview="You already have an account at Cinema.">
      <Text style={h1}>You already have an account</Text>
      <Text style={p}>
        Someone tried to open a new Cinema account with this address, which already has one. If it was you, sign in, or
        reset your password if you have forgotten it.
      </Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={props.signInUrl} style={button}>
          Sign in
        </Button>
      </Section>
      <Text style={p}>
        Forgot your password? <a href={props.resetUrl}>Reset it</a>. If it wasn&apos;t you, ignore this e-mail: nothing
        has changed.
      </Text>
    </EmailLayout>
  );
}

SignUpAttempt.PreviewProps = {
  signInUrl: "http://localhost:3000/sign-in",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies SignUpAttemptProps;
