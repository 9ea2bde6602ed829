// The frame every e-mail shares: a table layout with inline styles, which is
// what mail clients render reliably, and colours that survive dark mode.
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export const colors = { brand: "#be123c", ink: "#0f172a", muted: "#475569", line: "#e2e8f0", panel: "#f8fafc" };

export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
      </Head>
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: "#ffffff",
          color: colors.ink,
          fontFamily: "Helvetica, Arial, sans-serif",
          margin: 0,
          padding: "24px 0",
        }}
      >
        <Container style={{ maxWidth: "560px", margin: "0 auto", padding: "0 16px" }}>
          <Section style={{ borderBottom: `3px solid ${colors.brand}`, paddingBottom: "12px", marginBottom: "16px" }}>
            <Text style={{ fontSize: "20px", fontWeight: 700, color: colors.brand, margin: 0 }}>Cinema</Text>
          </Section>
          {children}
          <Hr style={{ borderColor: colors.line, margin: "24px 0 12px" }} />
          <Text style={{ fontSize: "12px", color: colors.muted }}>
            You receive this e-mail because of a booking or an account at Cinema. Questions? Reply to this e-mail.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const h1 = { fontSize: "22px", fontWeight: 700, margin: "0 0 8px", color: colors.ink };
export const p = { fontSize: "15px", lineHeight: "22px", margin: "0 0 12px", color: colors.ink };
export const button = {
  backgroundColor: colors.brand,
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontWeight: 700,
  textDecoration: "none",
  display: "inline-block",
};
