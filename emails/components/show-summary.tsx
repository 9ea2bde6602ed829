import { Column, Row, Section, Text } from "@react-email/components";
import type { ShowInfo } from "@/lib/services/notifications/templates";
import { colors } from "./layout";
import { showDate, showTime } from "./format";

/** Film, place and time, the part of every message people look for first. */
export function ShowSummary({ show, extra }: { show: ShowInfo; extra?: [string, string][] }) {
  const rows: [string, string][] = [
    ["Film", show.filmTitle],
    ["When", `${showDate(show.startsAt, show.timeZone)}, ${showTime(show.startsAt, show.timeZone)}`],
    ["Where", `${show.cinemaName}, ${show.hallName}`],
    ["Address", show.cinemaAddress],
    ...(extra ?? []),
  ];
  return (
    <Section
      style={{
        backgroundColor: colors.panel,
        border: `1px solid ${colors.line}`,
        borderRadius: "8px",
        padding: "12px 16px",
        margin: "12px 0",
      }}
    >
      {rows.map(([label, value]) => (
        <Row key={label}>
          <Column style={{ width: "90px", verticalAlign: "top" }}>
            <Text style={{ fontSize: "13px", color: colors.muted, margin: "4px 0" }}>{label}</Text>
          </Column>
          <Column>
            <Text
              style={{ fontSize: "15px", color: colors.ink, margin: "4px 0", fontWeight: label === "Film" ? 700 : 400 }}
            >
              {value}
            </Text>
          </Column>
        </Row>
      ))}
    </Section>
  );
}
