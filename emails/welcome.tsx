import { Button, Section, Text } from "@react-email/components";
import type { WelcomeProps } from "@/lib/services/notifications/templates";
import { EmailLayout, button, h1, p } from "./components/layout";

export const subject = () => "Welcome to Cinema";

export default function Welcome(props: WelcomeProps) {
  return (
    <EmailLayout preview="Your account is ready: pick a film and your seats.">
      <Text style={h1}>Welcome, {props.name}!</Text>
      <Text style={p}>
        Your account is ready. Choose a film, pick your seats on the live seat map, and your tickets arrive by e-mail.
      </Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={props.browseUrl} style={button}>
          See what&apos;s on
        </Button>
      </Section>
    </EmailLayout>
  );
}

Welcome.PreviewProps = { name: "Maya", browseUrl: "http://localhost:3000/" } satisfies WelcomeProps;
