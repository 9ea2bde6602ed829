// POST /api/seats/hold under load: aligned pairs of standard seats drawn at
// random from 200 fresh showtimes, the same sequence for the floor and the
// app, each on a set of its own so neither finds the other's holds. One draw
// in eight re-sends a pair drawn moments before, by another moviegoer: a race
// that exactly one of the two must win.
import { load, type LoadResult, type Outgoing } from "../lib/load";
import { seeded, shuffle, type Random } from "../lib/random";
import { int, statusLine } from "../lib/report";
import { COLS, createShowtimeSet, seatsHeldTwice, type ShowtimeSet } from "../lib/world";
import { jsonHeaders, type BenchContext, type TableRow, type Target } from "./context";

const SHOWTIMES = 200;
const WARMUP_SHOWTIMES = 40;
const STANDARD_ROWS = 12;
const CONTENDED = 1 / 8;
const RECENT = 64;

interface Draw {
  showtimeId: string;
  seatIds: string[];
  moviegoer: number;
}

/** Every aligned standard pair of the set, shuffled; then repeats once exhausted (those all answer 409). */
function deck(set: ShowtimeSet, moviegoers: number, random: Random) {
  const pairs: Draw[] = [];
  set.showtimeIds.forEach((showtimeId, s) => {
    const seats = set.layouts[s].seats;
    let p = 0;
    for (let r = 0; r < STANDARD_ROWS; r++) {
      for (let c = 0; c + 1 < COLS; c += 2, p++) {
        // At most one pair per moviegoer per showtime: the app's 10-seat cap never bites.
        pairs.push({
          showtimeId,
          seatIds: [seats[r * COLS + c].id, seats[r * COLS + c + 1].id],
          moviegoer: (p + 7 * s) % moviegoers,
        });
      }
    }
  });
  shuffle(random, pairs);
  const recent: Draw[] = [];
  let drawn = 0;
  return {
    size: pairs.length,
    get exhausted() {
      return drawn > pairs.length;
    },
    next(): Draw {
      if (recent.length && random() < CONTENDED) {
        const rival = recent[Math.floor(random() * recent.length)];
        return { ...rival, moviegoer: (rival.moviegoer + Math.floor(moviegoers / 2)) % moviegoers };
      }
      const draw = pairs[drawn++ % pairs.length];
      recent.push(draw);
      if (recent.length > RECENT) recent.shift();
      return draw;
    },
  };
}

async function holdRun(
  context: BenchContext,
  target: Target,
): Promise<{ result: LoadResult; heldTwice: number; grantedTwice: number; exhausted: boolean; deckSize: number }> {
  const { pool, world } = context;
  const warmSet = await createShowtimeSet(pool, world, WARMUP_SHOWTIMES);
  const set = await createShowtimeSet(pool, world, SHOWTIMES);
  const request = (cards: ReturnType<typeof deck>) => (): Outgoing => {
    const draw = cards.next();
    const person = world.moviegoers[draw.moviegoer];
    return {
      method: "POST",
      path: "/api/seats/hold",
      headers: jsonHeaders(person.token, person.ip),
      body: JSON.stringify({ showtimeId: draw.showtimeId, seatIds: draw.seatIds }),
    };
  };
  const cards = deck(set, context.moviegoers, seeded(42));
  // Every seat any 201 answer granted: a seat granted twice is a double sale in the making.
  const granted = new Set<string>();
  let grantedTwice = 0;
  const result = await load({
    url: target.url,
    cpu: target.cpu,
    connections: context.connections,
    seconds: context.seconds,
    warmupSeconds: context.warmupSeconds,
    nextWarmup: request(deck(warmSet, context.moviegoers, seeded(7))),
    next: request(cards),
    onAnswer: (status, body) => {
      if (status !== 201) return;
      const hold = JSON.parse(body) as { showtimeId: string; seatIds: string[] };
      for (const seat of hold.seatIds) {
        const key = `${hold.showtimeId} ${seat}`;
        if (granted.has(key)) grantedTwice++;
        granted.add(key);
      }
    },
  });
  const heldTwice = await seatsHeldTwice(pool, set.showtimeIds);
  return { result, heldTwice, grantedTwice, exhausted: cards.exhausted, deckSize: cards.size };
}

export async function holdPart(context: BenchContext): Promise<TableRow> {
  console.log("Hold: the floor…");
  const floor = await holdRun(context, context.floor);
  console.log("Hold: the app…");
  const app = await holdRun(context, context.app);
  const twice = floor.heldTwice + floor.grantedTwice + app.heldTwice + app.grantedTwice;
  const notes = [
    `floor ${statusLine(floor.result.statuses, floor.result.errors)}`,
    `app ${statusLine(app.result.statuses, app.result.errors)}`,
    `seats held twice: ${int(floor.heldTwice + app.heldTwice)} in the DB, ${int(floor.grantedTwice + app.grantedTwice)} in the answers`,
  ];
  for (const [name, run] of [
    ["floor", floor],
    ["app", app],
  ] as const) {
    if (run.exhausted)
      notes.push(`${name} held all ${int(run.deckSize)} pairs before the end, the rest were 409 by design`);
  }
  return {
    request: "Hold 2 seats `POST /api/seats/hold`",
    floor: floor.result,
    app: app.result,
    notes: notes.join("; "),
    failed: twice > 0,
  };
}
