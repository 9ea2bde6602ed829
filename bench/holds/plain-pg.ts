// The hold's SQL with no web stack: the same transaction the seats service
// runs, straight through node-postgres.
import pg from "pg";
import { randomUUID } from "node:crypto";
import type { BenchWorld } from "./setup";

export async function holdOnce(pool: pg.Pool, showtimeId: string, userId: string, seatIds: string[]): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const holdId = randomUUID();
    await client.query(
      `INSERT INTO seats.holds (id, showtime_id, user_id, seat_ids, status, expires_at) VALUES ($1, $2, $3, $4, 'ACTIVE', now() + interval '10 minutes')`,
      [holdId, showtimeId, userId, seatIds],
    );
    const { rowCount } = await client.query(
      `UPDATE seats.showtime_seats SET status = 'HELD', hold_id = $1, held_by = $2, held_until = now() + interval '10 minutes', updated_at = now()
        WHERE showtime_id = $3 AND seat_id = ANY($4) AND (status = 'AVAILABLE' OR (status = 'HELD' AND held_until < now()))`,
      [holdId, userId, showtimeId, seatIds],
    );
    await client.query(rowCount === seatIds.length ? "COMMIT" : "ROLLBACK");
    return rowCount === seatIds.length;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export async function runPlain(url: string, world: BenchWorld, pick: () => { showtimeId: string; seatIds: string[]; userId: string }, seconds: number, connections: number) {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  let held = 0;
  let refused = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const { showtimeId, seatIds, userId } = pick();
        const started = performance.now();
        const ok = await holdOnce(pool, showtimeId, userId, seatIds);
        latencies.push(performance.now() - started);
        if (ok) held++;
        else refused++;
      }
    }),
  );
  await pool.end();
  void world;
  return { held, refused, latencies };
}
