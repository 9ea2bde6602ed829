// Many rows in few statements: one INSERT ... SELECT FROM unnest(arrays) per
// chunk, each column sent as one typed array. Tens of thousands of rows a
// second, where one INSERT per row would take minutes.
import type pg from "pg";

export interface Column<Row> {
  name: string;
  /** The PostgreSQL type of one element, e.g. `text`, `int4`, `timestamptz`, `"bookings"."BookingStatus"`. */
  type: string;
  value: (row: Row) => unknown;
}

const CHUNK = 5_000;

/** Inserts `rows`; `onConflict` is appended as is (e.g. `ON CONFLICT DO NOTHING RETURNING id`). */
export async function insertRows<Row>(
  client: pg.PoolClient,
  table: string,
  columns: Column<Row>[],
  rows: Row[],
  onConflict = "",
): Promise<Record<string, unknown>[]> {
  const returned: Record<string, unknown>[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    // Enum and array columns travel as text and are cast in the statement.
    const arrays = columns.map((column) =>
      chunk.map((row) => {
        const value = column.value(row);
        return Array.isArray(value) ? `{${value.map((item) => JSON.stringify(item)).join(",")}}` : value;
      }),
    );
    const sql = `INSERT INTO ${table} (${columns.map((column) => `"${column.name}"`).join(", ")})
      SELECT ${columns.map((column, i) => `c${i}::${column.type}`).join(", ")}
        FROM unnest(${columns.map((column, i) => `$${i + 1}::${sendType(column.type)}[]`).join(", ")})
          AS u(${columns.map((_, i) => `c${i}`).join(", ")})
      ${onConflict}`;
    const result = await client.query(sql, arrays);
    returned.push(...result.rows);
  }
  return returned;
}

/** Plain types go as themselves; enums, arrays and JSON go as text and are cast. */
function sendType(type: string): string {
  return ["text", "int4", "bool", "timestamptz"].includes(type) ? type : "text";
}
