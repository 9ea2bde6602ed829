// The bench's data, written straight with pg: a small catalogue for the pages
// (films, cinemas, a week of showtimes), an "arena" cinema whose ten halls
// take a fresh set of showtimes for every measured run, and moviegoers with
// bearer tokens signed exactly as the app signs them.
import { randomBytes } from "node:crypto";
import pg from "pg";

type SignAccessToken = (
  user: { id: string; email: string; role: "CUSTOMER"; tokenVersion: number },
  sessionId: string,
) => Promise<string>;

/**
 * The app's own issueAccessToken, so the tokens are exactly the app's. It is
 * imported only once the database is up (DATABASE_URL set): the module opens
 * the app's notification connection when loaded. Newer code binds each token
 * to a server-side session (the second argument); older code ignores it.
 */
async function tokenSigner(): Promise<SignAccessToken> {
  const { issueAccessToken } = await import("@/lib/services/users/tokens");
  return issueAccessToken as unknown as SignAccessToken;
}

// 14 rows of 20: 240 standard seats (rows A–L) and 40 premium (M–N).
export const ROWS = 14;
export const COLS = 20;
const PREMIUM_ROWS = 2;
export const SEATS_PER_HALL = ROWS * COLS;
const ARENA_HALLS = 10;

export interface Seat {
  id: string;
  row: number;
  col: number;
  type: "STANDARD" | "PREMIUM";
}

export interface Layout {
  id: string;
  hallId: string;
  seats: Seat[];
}

export interface Moviegoer {
  id: string;
  token: string;
  /** The address this client says it comes from (X-Forwarded-For). */
  ip: string;
}

export interface World {
  tag: string;
  filmSlug: string;
  cinemaSlug: string;
  arena: { cinemaId: string; movieId: string; layouts: Layout[] };
  moviegoers: Moviegoer[];
}

export interface ShowtimeSet {
  showtimeIds: string[];
  /** The layout of each showtime, by index. */
  layouts: Layout[];
}

// Title, poster (public/posters), genres, minutes, rating.
const FILMS = [
  ["Nocturne for a City", "nocturne-for-a-city", ["Drama", "Music"], 128, "12A"],
  ["Orbit of Echoes", "orbit-of-echoes", ["Sci-Fi", "Thriller"], 142, "12A"],
  ["Paper Lanterns", "paper-lanterns", ["Animation", "Family"], 97, "U"],
  ["Red Meridian", "red-meridian", ["Western", "Action"], 131, "15"],
  ["Ironwood", "ironwood", ["Thriller"], 118, "15"],
  ["Laugh Track", "laugh-track", ["Comedy"], 104, "12A"],
  ["The Quiet Harbour", "nocturne-for-a-city", ["Drama"], 112, "PG"],
  ["Northern Lights Express", "orbit-of-echoes", ["Adventure", "Family"], 109, "PG"],
  ["Glass Houses", "ironwood", ["Mystery"], 124, "15"],
  ["Second Summer", "paper-lanterns", ["Romance", "Comedy"], 101, "12A"],
] as const;
const NOW_SHOWING = 8; // the last two are coming soon
const CINEMAS = [
  ["Riverside", "London", "1 Bankside, London SE1"],
  ["Northern Quarter", "Manchester", "20 Oldham Street, Manchester M1"],
  ["Corn Exchange", "Leeds", "Call Lane, Leeds LS1"],
] as const;
const HALLS_PER_CINEMA = 4;
const SHOWS_PER_DAY = 4;
const DAYS = 7;
const HOUR = 3_600_000;

const ipOf = (i: number) => `10.${1 + (i >> 16)}.${(i >> 8) & 255}.${(i & 255) + 1}`;

async function hasColumn(client: pg.ClientBase, schema: string, table: string, column: string): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name = $3`,
    [schema, table, column],
  );
  return rows.length > 0;
}

async function hasTable(client: pg.ClientBase, schema: string, table: string): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`,
    [schema, table],
  );
  return rows.length > 0;
}

async function createLayout(client: pg.ClientBase, hallId: string, layoutId: string): Promise<Layout> {
  await client.query(
    `INSERT INTO showtimes.hall_layouts (id, hall_id, version, rows, cols) VALUES ($1, $2, 1, $3, $4)`,
    [layoutId, hallId, ROWS, COLS],
  );
  await client.query(
    `INSERT INTO showtimes.seats (id, layout_id, row_label, number, label, grid_row, grid_col, type)
     SELECT $1 || '-' || r || '-' || c, $1, chr(65 + r), c + 1, chr(65 + r) || (c + 1), r, c,
            (CASE WHEN r >= $2 - $4 THEN 'PREMIUM' ELSE 'STANDARD' END)::showtimes."SeatType"
       FROM generate_series(0, $2 - 1) r, generate_series(0, $3 - 1) c`,
    [layoutId, ROWS, COLS, PREMIUM_ROWS],
  );
  const seats: Seat[] = [];
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++)
      seats.push({
        id: `${layoutId}-${r}-${c}`,
        row: r,
        col: c,
        type: r >= ROWS - PREMIUM_ROWS ? "PREMIUM" : "STANDARD",
      });
  }
  return { id: layoutId, hallId, seats };
}

async function createCinema(
  client: pg.ClientBase,
  id: string,
  name: string,
  city: string,
  address: string,
  orphanSeatRule: boolean,
) {
  await client.query(
    `INSERT INTO showtimes.cinemas (id, slug, name, city, address, time_zone, currency, orphan_seat_rule, updated_at)
     VALUES ($1, $1, $2, $3, $4, 'Europe/London', 'GBP', $5, now())`,
    [id, name, city, address, orphanSeatRule],
  );
}

/** Showtimes with their prices and one AVAILABLE inventory row per seat, in few statements. */
async function insertShowtimes(
  client: pg.ClientBase,
  rows: { id: string; movieId: string; cinemaId: string; layout: Layout; startsAt: Date; runtimeMin: number }[],
) {
  await client.query(
    `INSERT INTO showtimes.showtimes (id, movie_id, cinema_id, hall_id, layout_id, starts_at, ends_at, blocked_until, status, updated_at)
     SELECT id, movie_id, cinema_id, hall_id, layout_id, starts_at,
            starts_at + runtime * interval '1 minute', starts_at + (runtime + 20) * interval '1 minute', 'ON_SALE', now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::int[])
            AS t(id, movie_id, cinema_id, hall_id, layout_id, starts_at, runtime)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.movieId),
      rows.map((r) => r.cinemaId),
      rows.map((r) => r.layout.hallId),
      rows.map((r) => r.layout.id),
      rows.map((r) => r.startsAt),
      rows.map((r) => r.runtimeMin),
    ],
  );
  const ids = rows.map((r) => r.id);
  await client.query(
    `INSERT INTO showtimes.showtime_prices (id, showtime_id, seat_type, amount_cents, currency)
     SELECT s || '-' || p.type, s, p.type::showtimes."SeatType", p.cents, 'GBP'
       FROM unnest($1::text[]) s, (VALUES ('STANDARD', 1150), ('PREMIUM', 1490)) p(type, cents)`,
    [ids],
  );
  await client.query(
    `INSERT INTO seats.showtime_seats (showtime_id, seat_id, label, type, status, updated_at, grid_row, grid_col, pair_seat_id)
     SELECT st.id, s.id, s.label, s.type::text, 'AVAILABLE', now(), s.grid_row, s.grid_col, s.pair_seat_id
       FROM showtimes.showtimes st JOIN showtimes.seats s ON s.layout_id = st.layout_id
      WHERE st.id = ANY($1)`,
    [ids],
  );
}

/** The catalogue, the arena and `moviegoers` signed-in users. */
export async function createWorld(pool: pg.Pool, moviegoers: number): Promise<World> {
  const tag = `b${randomBytes(3).toString("hex")}`;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const movieIds: string[] = [];
    for (const [i, [title, poster, genres, runtime, rating]] of FILMS.entries()) {
      const id = `${tag}-film-${i}`;
      const slug = `${tag}-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      const nowShowing = i < NOW_SHOWING;
      await client.query(
        `INSERT INTO movies.movies (id, slug, title, synopsis, genres, runtime_min, rating, release_date, status, poster_url, cast_line, director, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, current_date + $8::int, $9, $10, 'Ada Stone, Ben Okafor, Chloé Martin', 'Dana Reyes', now())`,
        [
          id,
          slug,
          title,
          `${title}: a film made up for the benchmark, with a synopsis about as long as a real one. `.repeat(3).trim(),
          genres,
          runtime,
          rating,
          nowShowing ? -20 * i : 30 + i,
          nowShowing ? "NOW_SHOWING" : "COMING_SOON",
          `/posters/${poster}.svg`,
        ],
      );
      movieIds.push(id);
    }

    // A week of four shows a day in every hall of three cinemas.
    const firstShow = Math.ceil(Date.now() / HOUR) * HOUR + HOUR;
    for (const [c, [name, city, address]] of CINEMAS.entries()) {
      const cinemaId = `${tag}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      await createCinema(client, cinemaId, name, city, address, true);
      const shows = [];
      for (let h = 0; h < HALLS_PER_CINEMA; h++) {
        const hallId = `${cinemaId}-hall-${h}`;
        await client.query(`INSERT INTO showtimes.halls (id, cinema_id, name) VALUES ($1, $2, $3)`, [
          hallId,
          cinemaId,
          `Screen ${h + 1}`,
        ]);
        const layout = await createLayout(client, hallId, `${hallId}-l1`);
        for (let d = 0; d < DAYS; d++) {
          for (let s = 0; s < SHOWS_PER_DAY; s++) {
            const film = (c * HALLS_PER_CINEMA + h + d + s) % NOW_SHOWING;
            shows.push({
              id: `${hallId}-d${d}-s${s}`,
              movieId: movieIds[film],
              cinemaId,
              layout,
              startsAt: new Date(firstShow + d * 24 * HOUR + s * 3 * HOUR),
              runtimeMin: FILMS[film][3],
            });
          }
        }
      }
      await insertShowtimes(client, shows);
    }

    // The arena: the seat map, hold and on-sale runs get fresh showtimes here.
    // Its orphan-seat rule is off so the app and the floor accept the same holds.
    const arenaId = `${tag}-arena`;
    await createCinema(client, arenaId, "Bench Arena", "Bench", "1 Load Lane", false);
    const arenaMovie = `${tag}-arena-film`;
    await client.query(
      `INSERT INTO movies.movies (id, slug, title, synopsis, genres, runtime_min, rating, release_date, status, updated_at)
       VALUES ($1, $1, 'Opening Night', 'The premiere everyone wants a seat for.', '{Drama}', 120, '12A', current_date, 'NOW_SHOWING', now())`,
      [arenaMovie],
    );
    const layouts: Layout[] = [];
    for (let h = 0; h < ARENA_HALLS; h++) {
      const hallId = `${arenaId}-hall-${h}`;
      await client.query(`INSERT INTO showtimes.halls (id, cinema_id, name) VALUES ($1, $2, $3)`, [
        hallId,
        arenaId,
        `Arena ${h + 1}`,
      ]);
      layouts.push(await createLayout(client, hallId, `${hallId}-l1`));
    }

    // Verified accounts, where the schema knows about verification.
    const verified = (await hasColumn(client, "users", "users", "email_verified_at"))
      ? { column: ", email_verified_at", value: ", now()" }
      : { column: "", value: "" };
    await client.query(
      `INSERT INTO users.users (id, email, name, password_hash, updated_at${verified.column})
       SELECT $1 || '-u' || i, $1 || '-u' || i || '@bench.test', 'Moviegoer ' || i, 'not-a-hash', now()${verified.value}
         FROM generate_series(0, $2 - 1) i`,
      [tag, moviegoers],
    );
    // Each moviegoer is signed in on an app: a live session their token names.
    const sessions = await hasTable(client, "users", "sessions");
    if (sessions) {
      await client.query(
        `INSERT INTO users.sessions (id, user_id, kind, user_agent, expires_at)
         SELECT $1 || '-ses' || i, $1 || '-u' || i, 'APP', 'cinema-bench', now() + interval '30 days'
           FROM generate_series(0, $2 - 1) i`,
        [tag, moviegoers],
      );
    }
    await client.query("COMMIT");
    const signAccessToken = await tokenSigner();
    const people = await Promise.all(
      Array.from({ length: moviegoers }, async (_, i) => {
        const id = `${tag}-u${i}`;
        const user = { id, email: `${id}@bench.test`, role: "CUSTOMER" as const, tokenVersion: 0 };
        return { id, ip: ipOf(i), token: await signAccessToken(user, `${tag}-ses${i}`) };
      }),
    );
    await client.query("VACUUM ANALYZE");
    return {
      tag,
      filmSlug: `${tag}-${FILMS[0][0].toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      cinemaSlug: `${tag}-${CINEMAS[0][0].toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      arena: { cinemaId: arenaId, movieId: arenaMovie, layouts },
      moviegoers: people,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

let setsMade = 0;

/**
 * `count` fresh showtimes in the arena, all seats available, spread over its
 * halls in a time window of their own (no two sets overlap in a hall), then
 * VACUUM ANALYZE so each measured run starts from the same kind of tables.
 */
export async function createShowtimeSet(pool: pg.Pool, world: World, count: number): Promise<ShowtimeSet> {
  const set = setsMade++;
  const { layouts: halls, cinemaId, movieId } = world.arena;
  const base = Math.ceil(Date.now() / (24 * HOUR)) * 24 * HOUR + (30 + set * 3) * 24 * HOUR;
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `${world.tag}-set${set}-st${i}`,
    movieId,
    cinemaId,
    layout: halls[i % halls.length],
    startsAt: new Date(base + Math.floor(i / halls.length) * 3 * HOUR),
    runtimeMin: 120,
  }));
  if (count / halls.length > 24)
    throw new Error("A set of more than 240 showtimes would spill into the next set's window.");
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await insertShowtimes(client, rows);
    await client.query("COMMIT");
    await client.query(
      `VACUUM ANALYZE seats.showtime_seats, seats.holds, showtimes.showtimes, showtimes.showtime_prices`,
    );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return { showtimeIds: rows.map((r) => r.id), layouts: rows.map((r) => r.layout) };
}

/**
 * Seats of `showtimeIds` held twice: in two live holds at once, or in a live
 * hold while their inventory row names another hold or no hold. Must be 0.
 */
export async function seatsHeldTwice(pool: pg.Pool, showtimeIds: string[]): Promise<number> {
  const doubled = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT h.showtime_id, seat FROM seats.holds h CROSS JOIN LATERAL unnest(h.seat_ids) AS seat
        WHERE h.showtime_id = ANY($1) AND h.status IN ('ACTIVE', 'CONVERTED')
        GROUP BY 1, 2 HAVING count(*) > 1) d`,
    [showtimeIds],
  );
  const disagreeing = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM seats.holds h CROSS JOIN LATERAL unnest(h.seat_ids) AS seat
       JOIN seats.showtime_seats ss ON ss.showtime_id = h.showtime_id AND ss.seat_id = seat
      WHERE h.showtime_id = ANY($1) AND h.status = 'ACTIVE' AND (ss.status <> 'HELD' OR ss.hold_id IS DISTINCT FROM h.id)`,
    [showtimeIds],
  );
  return doubled.rows[0].n + disagreeing.rows[0].n;
}

/** Seats of these showtimes whose inventory says HELD. */
export async function seatsHeld(pool: pg.Pool, showtimeIds: string[]): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM seats.showtime_seats WHERE showtime_id = ANY($1) AND status = 'HELD'`,
    [showtimeIds],
  );
  return rows[0].n;
}

/**
 * Sells about a fifth of the seats of these showtimes and holds about three
 * tenths (one live hold per showtime, by `holderId`), the same seats each
 * time, so seat maps have all three states to draw.
 */
export async function fillSeats(pool: pg.Pool, showtimeIds: string[], holderId: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `UPDATE seats.showtime_seats SET status = 'SOLD', updated_at = now() WHERE showtime_id = ANY($1) AND abs(hashtext(seat_id)) % 10 < 2`,
      [showtimeIds],
    );
    await client.query(
      `INSERT INTO seats.holds (id, showtime_id, user_id, seat_ids, status, expires_at)
       SELECT showtime_id || '-hold', showtime_id, $2, array_agg(seat_id), 'ACTIVE', now() + interval '1 day'
         FROM seats.showtime_seats WHERE showtime_id = ANY($1) AND abs(hashtext(seat_id)) % 10 BETWEEN 2 AND 4 GROUP BY showtime_id`,
      [showtimeIds, holderId],
    );
    await client.query(
      `UPDATE seats.showtime_seats SET status = 'HELD', hold_id = showtime_id || '-hold', held_by = $2, held_until = now() + interval '1 day', updated_at = now()
        WHERE showtime_id = ANY($1) AND abs(hashtext(seat_id)) % 10 BETWEEN 2 AND 4`,
      [showtimeIds, holderId],
    );
    await client.query("COMMIT");
    await client.query(`VACUUM ANALYZE seats.showtime_seats, seats.holds`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
