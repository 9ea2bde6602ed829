// GET /api/showtimes/:id/seats, signed in with a bearer token, on 200 fresh
// showtimes that are half sold or held; the floor and the app read the same
// set in the same order. Before loading, one map from each must agree.
import { load } from "../lib/load";
import { pick, seeded } from "../lib/random";
import { statusLine } from "../lib/report";
import { createShowtimeSet, fillSeats } from "../lib/world";
import { jsonHeaders, type BenchContext, type TableRow, type Target } from "./context";

const SHOWTIMES = 200;

interface SeatMap {
  seats: { status: string }[];
}

function census(map: SeatMap): string {
  const counts: Record<string, number> = {};
  for (const seat of map.seats) {
    const status = seat.status === "held_by_you" ? "held" : seat.status;
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return Object.entries(counts)
    .sort()
    .map(([status, n]) => `${n} ${status}`)
    .join(", ");
}

export async function seatMapPart(context: BenchContext): Promise<TableRow> {
  const { pool, world } = context;
  const set = await createShowtimeSet(pool, world, SHOWTIMES);
  await fillSeats(pool, set.showtimeIds, world.moviegoers[world.moviegoers.length - 1].id);

  const someone = world.moviegoers[1];
  const headers = jsonHeaders(someone.token, someone.ip);
  const maps = await Promise.all(
    [context.floor.url, context.app.url].map(async (url) => {
      const response = await fetch(`${url}/api/showtimes/${set.showtimeIds[0]}/seats`, { headers });
      if (response.status !== 200)
        throw new Error(
          `${url} answered the seat map with ${response.status}: ${(await response.text()).slice(0, 300)}`,
        );
      return census((await response.json()) as SeatMap);
    }),
  );
  if (maps[0] !== maps[1])
    throw new Error(`The floor and the app disagree on the seat map: floor ${maps[0]}, app ${maps[1]}`);

  const run = (target: Target) => {
    const random = seeded(99);
    return load({
      url: target.url,
      cpu: target.cpu,
      connections: context.connections,
      seconds: context.seconds,
      warmupSeconds: context.warmupSeconds,
      next: () => {
        const person = world.moviegoers[Math.floor(random() * context.moviegoers)];
        return {
          method: "GET",
          path: `/api/showtimes/${pick(random, set.showtimeIds)}/seats`,
          headers: jsonHeaders(person.token, person.ip),
        };
      },
    });
  };
  console.log("Seat map: the floor…");
  const floor = await run(context.floor);
  console.log("Seat map: the app…");
  const app = await run(context.app);
  return {
    request: "Seat map, signed in `GET /api/showtimes/:id/seats`",
    floor,
    app,
    notes: `each map ${maps[0]}; floor ${statusLine(floor.statuses, floor.errors)}; app ${statusLine(app.statuses, app.errors)}`,
  };
}
