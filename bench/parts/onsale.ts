// The on-sale rush: one showtime goes on sale and 1,000 moviegoers, each with
// their own token and their own address, arrive at the same instant. Each
// fetches the seat map once, picks a random free block of 2 or 4 neighbouring
// seats and tries to hold it; on 409 it re-fetches the map and tries another
// block, 5 attempts at most, and gives up when the map shows no block that
// fits. Run against the floor, then the app, each on a fresh showtime.
import http from "node:http";
import net from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { warmUp } from "../lib/load";
import { pick, seeded, type Random } from "../lib/random";
import { int, markdownTable, seconds } from "../lib/report";
import { createShowtimeSet, seatsHeld, seatsHeldTwice } from "../lib/world";
import { jsonHeaders, type BenchContext } from "./context";

const ATTEMPTS = 5;
const HELD_SHARE = 0.9;

interface MapSeat {
  id: string;
  row: number;
  col: number;
  status: string;
}

type Outcome = "held" | "gave_up" | "out_of_attempts" | "refused" | "error";

export interface OnSaleResult {
  clients: number;
  hallSeats: number;
  /** When each client had the answer to its first hold (ms after the start): the rush itself. */
  firstAnswered: number[];
  finished: number[];
  heldAfter: number | null;
  lastHoldAt: number | null;
  holdAnswers: Record<string, number>;
  mapAnswers: Record<string, number>;
  errors: number;
  outcomes: Record<Outcome, number>;
  seatsGranted: number;
  seatsHeldInDb: number;
  heldTwice: number;
  grantedTwice: number;
  /** Requests sent again because their kept-alive connection had just closed. */
  resent: number;
  /** How late this process's event loop ran (p99 and max, ms): a busy load generator delays every answer it reads. */
  loopDelay: { p99: number; max: number };
  firstError?: string;
}

/**
 * An Agent for `count` sockets, all connected before it is returned: the
 * rush then measures requests, not TCP handshakes queued in the listen backlog.
 */
async function preconnectedAgent(host: string, port: number, count: number): Promise<http.Agent> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: count, maxFreeSockets: count });
  const ready: net.Socket[] = [];
  for (let opened = 0; opened < count; opened += 100) {
    await Promise.all(
      Array.from(
        { length: Math.min(100, count - opened) },
        () =>
          new Promise<void>((resolve, reject) => {
            const socket = net.connect({ host, port });
            socket.once("error", reject);
            socket.once("connect", () => {
              socket.off("error", reject);
              socket.on("error", () => {}); // an idle socket the server closes is simply not used
              socket.setNoDelay(true);
              ready.push(socket);
              resolve();
            });
          }),
      ),
    );
  }
  const withConnect = agent as unknown as { createConnection: (options: object, callback: unknown) => net.Socket };
  const connect = withConnect.createConnection.bind(agent);
  withConnect.createConnection = (options, callback) => {
    let socket = ready.pop();
    while (socket?.destroyed) socket = ready.pop();
    return socket ?? connect(options, callback);
  };
  return agent;
}

interface Answer {
  status: number;
  body: string;
}

function sendOnce(
  agent: http.Agent,
  base: URL,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers: body ? { ...headers, "content-length": String(Buffer.byteLength(body)) } : headers,
        timeout: 120_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer within 120 s")));
    request.on("error", (error: NodeJS.ErrnoException) => {
      // The server closed this kept-alive connection as the request left: it never saw it.
      if (request.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
        reject(Object.assign(error, { resend: true }));
      } else reject(error);
    });
    request.end(body);
  });
}

/**
 * One request, sent again (on a new connection) when the kept-alive
 * connection it went out on turned out closed, as browsers do. `resent`
 * counts those, for the report.
 */
async function send(
  agent: http.Agent,
  base: URL,
  method: string,
  path: string,
  headers: Record<string, string>,
  resent: { count: number },
  body?: string,
): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendOnce(agent, base, method, path, headers, body);
    } catch (error) {
      if (!(error as { resend?: boolean }).resend || attempt >= 3) throw error;
      resent.count++;
    }
  }
}

/**
 * A random run of `want` free neighbouring seats in one row, or null when the
 * map has none. Like someone using the app's seat picker, a client prefers a
 * block that leaves no single seat stranded beside it, and takes any block
 * only when no such block is left.
 */
function freeBlock(seats: MapSeat[], want: number, random: Random): string[] | null {
  // The load generator runs this for thousands of maps on a shared core: no copies per window.
  const byRow = new Map<number, MapSeat[]>();
  for (const seat of seats) {
    const row = byRow.get(seat.row);
    if (row) row.push(seat);
    else byRow.set(seat.row, [seat]);
  }
  const tidy: number[][] = [];
  const any: number[][] = [];
  const rows = [...byRow.values()];
  rows.forEach((row, r) => {
    row.sort((a, b) => a.col - b.col);
    const free = (i: number, col: number) => row[i]?.status === "available" && row[i].col === col;
    for (let i = 0; i + want <= row.length; i++) {
      const first = row[i].col;
      let fits = true;
      for (let k = 0; k < want && fits; k++) fits = free(i + k, first + k);
      if (!fits) continue;
      // A lone free seat just outside the block on either side would be stranded.
      const strandsLeft = free(i - 1, first - 1) && !free(i - 2, first - 2);
      const strandsRight = free(i + want, first + want) && !free(i + want + 1, first + want + 1);
      (strandsLeft || strandsRight ? any : tidy).push([r, i]);
    }
  });
  const chosen = tidy.length ? pick(random, tidy) : any.length ? pick(random, any) : null;
  if (!chosen) return null;
  const [r, i] = chosen;
  return rows[r].slice(i, i + want).map((seat) => seat.id);
}

const bump = (counts: Record<string, number>, key: string | number) => (counts[key] = (counts[key] ?? 0) + 1);

export async function onSaleRun(context: BenchContext, url: string, clients: number): Promise<OnSaleResult> {
  const { pool, world } = context;
  const base = new URL(url);
  // Wake the server first: a real on-sale hits a server that has been up for a while.
  const warm = await createShowtimeSet(pool, world, 10);
  const warmRandom = seeded(5);
  let flip = 0;
  await warmUp(url, context.connections, context.warmupSeconds, () => {
    const person = world.moviegoers[Math.floor(warmRandom() * world.moviegoers.length)];
    const s = Math.floor(warmRandom() * warm.showtimeIds.length);
    const seat = pick(warmRandom, warm.layouts[s].seats).id;
    return flip++ % 2
      ? {
          method: "GET",
          path: `/api/showtimes/${warm.showtimeIds[s]}/seats`,
          headers: jsonHeaders(person.token, person.ip),
        }
      : {
          method: "POST",
          path: "/api/seats/hold",
          headers: jsonHeaders(person.token, person.ip),
          body: JSON.stringify({ showtimeId: warm.showtimeIds[s], seatIds: [seat] }),
        };
  });

  const [showtimeId] = (await createShowtimeSet(pool, world, 1)).showtimeIds;
  const agent = await preconnectedAgent(base.hostname, Number(base.port), clients);
  const result: OnSaleResult = {
    clients,
    hallSeats: 0,
    firstAnswered: [],
    finished: [],
    heldAfter: null,
    lastHoldAt: null,
    holdAnswers: {},
    mapAnswers: {},
    errors: 0,
    outcomes: { held: 0, gave_up: 0, out_of_attempts: 0, refused: 0, error: 0 },
    seatsGranted: 0,
    seatsHeldInDb: 0,
    heldTwice: 0,
    grantedTwice: 0,
    resent: 0,
    loopDelay: { p99: 0, max: 0 },
  };
  const resent = { count: 0 };
  const grants: { at: number; seats: number }[] = [];
  const granted = new Set<string>();
  let startedAt = 0;
  let release!: () => void;
  const go = new Promise<void>((resolve) => (release = resolve));
  let opened = 0;
  let allOpened!: () => void;
  const everyoneReady = new Promise<void>((resolve) => (allOpened = resolve));

  const moviegoer = async (i: number) => {
    const person = world.moviegoers[i];
    const headers = jsonHeaders(person.token, person.ip);
    const random = seeded(1000 + i);
    const want = random() < 0.5 ? 2 : 4;
    const seatMap = async (): Promise<MapSeat[] | null> => {
      const answer = await send(agent, base, "GET", `/api/showtimes/${showtimeId}/seats`, headers, resent);
      bump(result.mapAnswers, answer.status);
      if (answer.status !== 200) {
        result.firstError ??= `seat map ${answer.status}: ${answer.body.slice(0, 200)}`;
        return null;
      }
      return (JSON.parse(answer.body) as { seats: MapSeat[] }).seats;
    };
    let outcome: Outcome = "out_of_attempts";
    try {
      // The page is open before the sale starts; at the start everyone clicks "hold" at once.
      let seats = await seatMap().finally(() => ++opened === clients && allOpened());
      await go;
      for (let attempt = 1; seats && attempt <= ATTEMPTS; attempt++) {
        result.hallSeats ||= seats.length;
        const block = freeBlock(seats, want, random);
        if (!block) {
          outcome = "gave_up";
          break;
        }
        const answer = await send(
          agent,
          base,
          "POST",
          "/api/seats/hold",
          headers,
          resent,
          JSON.stringify({ showtimeId, seatIds: block }),
        );
        bump(result.holdAnswers, answer.status);
        if (attempt === 1) result.firstAnswered.push(performance.now() - startedAt);
        if (answer.status === 201) {
          outcome = "held";
          grants.push({ at: performance.now() - startedAt, seats: block.length });
          for (const seat of (JSON.parse(answer.body) as { seatIds: string[] }).seatIds) {
            if (granted.has(seat)) result.grantedTwice++;
            granted.add(seat);
          }
          break;
        }
        if (answer.status !== 409) {
          result.firstError ??= `hold ${answer.status}: ${answer.body.slice(0, 200)}`;
          outcome = "refused";
          break;
        }
        if (attempt < ATTEMPTS) seats = await seatMap();
      }
      if (!seats) outcome = "refused";
    } catch (error) {
      result.errors++;
      result.firstError ??= (error as Error).message;
      outcome = "error";
    }
    result.outcomes[outcome]++;
    result.finished.push(performance.now() - startedAt);
  };

  const everyone = Array.from({ length: clients }, (_, i) => moviegoer(i));
  await everyoneReady;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  startedAt = performance.now();
  release();
  await Promise.all(everyone);
  delay.disable();
  result.loopDelay = { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
  agent.destroy();

  result.finished.sort((a, b) => a - b);
  result.firstAnswered.sort((a, b) => a - b);
  grants.sort((a, b) => a.at - b.at);
  const target = Math.ceil(HELD_SHARE * result.hallSeats);
  let total = 0;
  for (const grant of grants) {
    total += grant.seats;
    if (total >= target) {
      result.heldAfter = grant.at;
      break;
    }
  }
  result.resent = resent.count;
  result.lastHoldAt = grants.length ? grants[grants.length - 1].at : null;
  result.seatsGranted = granted.size;
  result.seatsHeldInDb = await seatsHeld(pool, [showtimeId]);
  result.heldTwice = await seatsHeldTwice(pool, [showtimeId]);
  return result;
}

export async function onSalePart(context: BenchContext, clients: number): Promise<{ text: string; failed: boolean }> {
  console.log(`On-sale: ${int(clients)} clients against the floor…`);
  const floor = await onSaleRun(context, context.floor.url, clients);
  console.log(`On-sale: ${int(clients)} clients against the app…`);
  const app = await onSaleRun(context, context.app.url, clients);
  const median = (values: number[]) => values[Math.floor(values.length / 2)] ?? 0;
  const cell = {
    firstLast: (r: OnSaleResult) => seconds(r.firstAnswered[r.firstAnswered.length - 1] ?? 0),
    firstMedian: (r: OnSaleResult) => seconds(median(r.firstAnswered)),
    last: (r: OnSaleResult) => seconds(r.finished[r.finished.length - 1] ?? 0),
    median: (r: OnSaleResult) => seconds(median(r.finished)),
    ninety: (r: OnSaleResult) =>
      r.heldAfter === null
        ? `never (${int((100 * r.seatsHeldInDb) / Math.max(1, r.hallSeats))} % at most)`
        : seconds(r.heldAfter),
    lastHold: (r: OnSaleResult) => (r.lastHoldAt === null ? "—" : seconds(r.lastHoldAt)),
    holds: (r: OnSaleResult) =>
      `${int(r.holdAnswers["201"] ?? 0)} / ${int(r.holdAnswers["409"] ?? 0)} / ${int(
        Object.entries(r.holdAnswers)
          .filter(([s]) => s !== "201" && s !== "409")
          .reduce((n, [, c]) => n + c, 0),
      )}`,
    maps: (r: OnSaleResult) =>
      `${int(r.mapAnswers["200"] ?? 0)} / ${int(
        Object.entries(r.mapAnswers)
          .filter(([s]) => s !== "200")
          .reduce((n, [, c]) => n + c, 0),
      )}`,
    outcomes: (r: OnSaleResult) =>
      `${int(r.outcomes.held)} / ${int(r.outcomes.gave_up)} / ${int(r.outcomes.out_of_attempts)} / ${int(r.outcomes.refused + r.outcomes.error)}`,
    seats: (r: OnSaleResult) =>
      `${int(r.seatsHeldInDb)} of ${int(r.hallSeats)} (${int(r.seatsGranted)} in 201 answers)`,
    twice: (r: OnSaleResult) => `${int(r.heldTwice)} in the DB, ${int(r.grantedTwice)} in the answers`,
  };
  const rows: [string, keyof typeof cell][] = [
    [`Every one of the ${int(clients)} first holds answered after`, "firstLast"],
    ["Half of them answered after (median)", "firstMedian"],
    ["Every client has its final answer (after retries) after", "last"],
    ["Half the clients have theirs after (median)", "median"],
    [`${HELD_SHARE * 100} % of the hall held after`, "ninety"],
    ["Last seat held (the hall as full as it got) after", "lastHold"],
    ["Hold answers 201 / 409 / other", "holds"],
    ["Seat map answers 200 / other", "maps"],
    ["Clients: seated / gave up, no block left / 5 × 409 / refused or failed", "outcomes"],
    ["Seats held at the end", "seats"],
    ["Seats held twice (must be 0)", "twice"],
  ];
  const table = markdownTable(
    [`On-sale: ${int(clients)} clients at once, 2 or 4 seats each`, "Floor", "App"],
    [
      ...rows.map(([label, key]) => [label, cell[key](floor), cell[key](app)]),
      ["Errors (no answer)", int(floor.errors), int(app.errors)],
      ["Requests resent (kept-alive connection had closed)", int(floor.resent), int(app.resent)],
      [
        "Load generator's event-loop delay p99 / max",
        `${int(floor.loopDelay.p99)} / ${int(floor.loopDelay.max)} ms`,
        `${int(app.loopDelay.p99)} / ${int(app.loopDelay.max)} ms`,
      ],
    ],
    [false, true, true],
  );
  const notes = [floor, app].flatMap((r, i) =>
    r.firstError ? [`First failure (${i ? "app" : "floor"}): ${r.firstError}`] : [],
  );
  const failed =
    floor.heldTwice + floor.grantedTwice + app.heldTwice + app.grantedTwice > 0 ||
    floor.seatsGranted !== floor.seatsHeldInDb ||
    app.seatsGranted !== app.seatsHeldInDb;
  const how =
    `\nEach client: its own token and X-Forwarded-For address, all ${int(clients)} connections open and the seat map read before the start; ` +
    `at the start every client sends its first hold at once, then up to ${ATTEMPTS - 1} more, re-reading the map after each 409; it avoids blocks that would strand a single seat while it can ` +
    `and gives up when no block of its size is left. The showtime's cinema has the orphan-seat rule off, so the floor and the app accept the same holds.`;
  return { text: [table, how, ...notes].join("\n"), failed };
}
