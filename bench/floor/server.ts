// The floor: the two hot requests of the app with no framework at all, only
// node:http, jose and pg, against the same database and the same bearer
// tokens. What it answers per second is the most the app's work could ever
// be squeezed to on this machine; the bench reports the app against it.
//
//   PORT, DATABASE_URL, AUTH_SECRET, DB_POOL_SIZE (20), HOLD_MINUTES (10)
import http from "node:http";
import { randomUUID } from "node:crypto";
import { jwtVerify } from "jose";
import pg from "pg";

const port = Number(process.env.PORT ?? 3400);
const holdMinutes = Number(process.env.HOLD_MINUTES ?? 10);
const key = new TextEncoder().encode(process.env.AUTH_SECRET ?? "");
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
pool.on("error", () => {}); // an idle connection lost: the pool opens another
const MAX_BODY = 64 * 1024;

/** The user id of a valid bearer token as the app issues them, or null. */
async function bearer(request: http.IncomingMessage): Promise<string | null> {
  const header = request.headers.authorization;
  if (!header?.startsWith("Bearer ")) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7).trim(), key, {
      issuer: "cinema",
      audience: "cinema-api",
      algorithms: ["HS256"],
    });
    return typeof payload.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function parseHold(text: string): { showtimeId: string; seatIds: string[] } | null {
  try {
    const body = JSON.parse(text) as { showtimeId?: unknown; seatIds?: unknown };
    const { showtimeId, seatIds } = body;
    if (typeof showtimeId !== "string" || showtimeId.length === 0 || showtimeId.length > 200) return null;
    if (!Array.isArray(seatIds) || seatIds.length < 1 || seatIds.length > 10) return null;
    if (!seatIds.every((id) => typeof id === "string" && id.length > 0 && id.length <= 200)) return null;
    return { showtimeId, seatIds: [...new Set(seatIds as string[])] };
  } catch {
    return null;
  }
}

// The hold row and the seats in one statement; the seats only while free and
// the showtime on sale. Rolled back unless every seat came back.
const HOLD_SQL = `
  WITH hold AS (
    INSERT INTO seats.holds (id, showtime_id, user_id, seat_ids, status, expires_at)
    VALUES ($1, $2, $3, $4, 'ACTIVE', now() + $5 * interval '1 minute')
    RETURNING id, expires_at)
  UPDATE seats.showtime_seats ss
     SET status = 'HELD', hold_id = hold.id, held_by = $3, held_until = hold.expires_at, booking_id = NULL, updated_at = now()
    FROM hold
   WHERE ss.showtime_id = $2 AND ss.seat_id = ANY($4)
     AND (ss.status = 'AVAILABLE' OR (ss.status = 'HELD' AND ss.held_until < now()))
     AND EXISTS (SELECT 1 FROM showtimes.showtimes st WHERE st.id = $2 AND st.status = 'ON_SALE' AND st.starts_at > now())
  RETURNING ss.seat_id, hold.expires_at`;

async function hold(request: http.IncomingMessage, response: http.ServerResponse) {
  const userId = await bearer(request);
  if (!userId) return send(response, 401, { error: "unauthenticated" });
  const input = parseHold(await readBody(request));
  if (!input) return send(response, 400, { error: "validation_failed" });
  const holdId = randomUUID();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ seat_id: string; expires_at: Date }>({
      name: "hold",
      text: HOLD_SQL,
      values: [holdId, input.showtimeId, userId, input.seatIds, holdMinutes],
    });
    if (rows.length !== input.seatIds.length) {
      await client.query("ROLLBACK");
      const got = new Set(rows.map((row) => row.seat_id));
      return send(response, 409, { error: "seats_unavailable", seatIds: input.seatIds.filter((id) => !got.has(id)) });
    }
    await client.query("COMMIT");
    send(response, 201, {
      holdId,
      showtimeId: input.showtimeId,
      seatIds: input.seatIds,
      expiresAt: rows[0].expires_at.toISOString(),
    });
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

const SEAT_MAP_SQL = `
  SELECT l.rows, l.cols, s.id, s.label, s.grid_row, s.grid_col, lower(s.type::text) AS type,
         CASE WHEN ss.status IS NULL OR ss.status = 'SOLD' THEN 'sold'
              WHEN ss.status = 'HELD' AND ss.held_until > now() THEN 'held'
              ELSE 'available' END AS status,
         coalesce(p.amount_cents, 0) AS amount_cents
    FROM showtimes.showtimes st
    JOIN showtimes.hall_layouts l ON l.id = st.layout_id
    JOIN showtimes.seats s ON s.layout_id = st.layout_id
    LEFT JOIN seats.showtime_seats ss ON ss.showtime_id = st.id AND ss.seat_id = s.id
    LEFT JOIN showtimes.showtime_prices p ON p.showtime_id = st.id AND p.seat_type = s.type
   WHERE st.id = $1
   ORDER BY s.grid_row, s.grid_col`;

async function seatMap(request: http.IncomingMessage, response: http.ServerResponse, showtimeId: string) {
  // Public like the app's, but a bearer sent along is checked as the app checks it.
  if (request.headers.authorization && !(await bearer(request)))
    return send(response, 401, { error: "unauthenticated" });
  const { rows } = await pool.query<{
    rows: number;
    cols: number;
    id: string;
    label: string;
    grid_row: number;
    grid_col: number;
    type: string;
    status: string;
    amount_cents: number;
  }>({
    name: "seat-map",
    text: SEAT_MAP_SQL,
    values: [showtimeId],
  });
  if (rows.length === 0) return send(response, 404, { error: "not_found" });
  send(response, 200, {
    rows: rows[0].rows,
    cols: rows[0].cols,
    seats: rows.map((row) => ({
      id: row.id,
      label: row.label,
      row: row.grid_row,
      col: row.grid_col,
      type: row.type,
      status: row.status,
      amountCents: row.amount_cents,
    })),
  });
}

const SEAT_MAP_PATH = /^\/api\/showtimes\/([^/]{1,200})\/seats$/;

const server = http.createServer((request, response) => {
  const path = (request.url ?? "/").split("?")[0];
  let handled: Promise<void> | void;
  if (request.method === "POST" && path === "/api/seats/hold") handled = hold(request, response);
  else if (request.method === "GET" && SEAT_MAP_PATH.test(path))
    handled = seatMap(request, response, decodeURIComponent(SEAT_MAP_PATH.exec(path)![1]));
  else if (request.method === "GET" && path === "/health") handled = send(response, 200, { status: "ok" });
  else handled = send(response, 404, { error: "not_found" });
  Promise.resolve(handled).catch((error: Error) => {
    console.error(error);
    if (!response.headersSent) send(response, 500, { error: "internal_error" });
    else response.destroy();
  });
});
// Like Node's defaults in the app's server: connections stay open between requests.
server.keepAliveTimeout = 5000;
server.listen(port, "127.0.0.1");

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}
