// Bench data: showtimes with big halls and many buyers with bearer tokens.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { issueAccessToken } from "@/lib/services/users";

export interface BenchWorld {
  showtimes: { id: string; seatIds: string[] }[];
  buyers: { id: string; token: string }[];
}

export async function createWorld(url: string, options: { showtimes: number; rows: number; cols: number; buyers: number }): Promise<BenchWorld> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tag = randomUUID().slice(0, 8);
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO movies.movies (id, slug, title, synopsis, genres, runtime_min, rating, release_date, status, updated_at)
      VALUES ($1, $1, 'Bench film', 'For benchmarks', '{Drama}', 100, 'PG', '2026-01-01', 'NOW_SHOWING', now())`, [`bench-film-${tag}`]);
    await client.query(`INSERT INTO showtimes.cinemas (id, slug, name, city, address, time_zone, currency, orphan_seat_rule, updated_at)
      VALUES ($1, $1, 'Bench cinema', 'Bench', 'Bench street', 'Europe/London', 'GBP', false, now())`, [`bench-cinema-${tag}`]);
    await client.query(`INSERT INTO showtimes.halls (id, cinema_id, name) VALUES ($1, $2, 'Bench hall')`, [`bench-hall-${tag}`, `bench-cinema-${tag}`]);
    await client.query(`INSERT INTO showtimes.hall_layouts (id, hall_id, version, rows, cols) VALUES ($1, $2, 1, $3, $4)`, [`bench-layout-${tag}`, `bench-hall-${tag}`, options.rows, options.cols]);
    const seatIds: string[] = [];
    for (let r = 0; r < options.rows; r++) {
      for (let c = 0; c < options.cols; c++) {
        const id = `bench-seat-${tag}-${r}-${c}`;
        seatIds.push(id);
        await client.query(`INSERT INTO showtimes.seats (id, layout_id, row_label, number, label, grid_row, grid_col, type) VALUES ($1, $2, $3, $4, $5, $6, $7, 'STANDARD')`,
          [id, `bench-layout-${tag}`, `R${r}`, c + 1, `R${r}-${c + 1}`, r, c]);
      }
    }
    const showtimes = [];
    for (let i = 0; i < options.showtimes; i++) {
      const id = `bench-st-${tag}-${i}`;
      const start = new Date(Date.now() + (30 + i) * 86_400_000);
      await client.query(`INSERT INTO showtimes.showtimes (id, movie_id, cinema_id, hall_id, layout_id, starts_at, ends_at, blocked_until, status, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $6::timestamptz + interval '100 minutes', $6::timestamptz + interval '120 minutes', 'ON_SALE', now())`,
        [id, `bench-film-${tag}`, `bench-cinema-${tag}`, `bench-hall-${tag}`, `bench-layout-${tag}`, start]);
      await client.query(`INSERT INTO showtimes.showtime_prices (id, showtime_id, seat_type, amount_cents, currency) VALUES ($1, $2, 'STANDARD', 1000, 'GBP')`, [`${id}-price`, id]);
      await client.query(`INSERT INTO seats.showtime_seats (id, showtime_id, seat_id, label, type, status, updated_at)
        SELECT $1 || '-' || s.id, $1, s.id, s.label, 'STANDARD', 'AVAILABLE', now() FROM showtimes.seats s WHERE s.layout_id = $2`, [id, `bench-layout-${tag}`]);
      showtimes.push({ id, seatIds });
    }
    const buyers = [];
    for (let i = 0; i < options.buyers; i++) {
      const id = `bench-user-${tag}-${i}`;
      await client.query(`INSERT INTO users.users (id, email, name, password_hash, updated_at) VALUES ($1, $2, 'Bench buyer', 'x', now())`, [id, `${id}@bench.test`]);
      buyers.push({ id, token: await issueAccessToken({ id, email: `${id}@bench.test`, role: "CUSTOMER", tokenVersion: 0 }) });
    }
    await client.query("COMMIT");
    return { showtimes, buyers };
  } finally {
    await client.end();
  }
}

/** Seats held by more than one live hold, and seats whose row disagrees with its hold: must both be 0. */
export async function doubleHeld(url: string, showtimeIds: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM (
         SELECT h.showtime_id, seat FROM seats.holds h, unnest(h.seat_ids) AS seat
          WHERE h.showtime_id = ANY($1) AND h.status IN ('ACTIVE', 'CONVERTED')
          GROUP BY 1, 2 HAVING count(*) > 1) doubled`,
      [showtimeIds],
    );
    const mismatch = await client.query(
      `SELECT count(*)::int AS n FROM seats.holds h, unnest(h.seat_ids) AS seat
        JOIN seats.showtime_seats ss ON ss.seat_id = seat
       WHERE h.status = 'ACTIVE' AND h.showtime_id = ANY($1) AND ss.showtime_id = h.showtime_id AND ss.hold_id IS DISTINCT FROM h.id`,
      [showtimeIds],
    );
    return rows[0].n + mismatch.rows[0].n;
  } finally {
    await client.end();
  }
}
