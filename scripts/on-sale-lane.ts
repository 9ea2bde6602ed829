// The on-sale lane. The requests an on-sale night is made of (holding seats,
// reading and watching a seat map) are answered by their own route handlers
// straight from the HTTP server, past Next.js's router and proxy runtime,
// which cost most of a request's CPU (README: Benchmark). The gateway's
// decisions are the ones proxy.ts applies (lib/gateway/gate.ts) and the
// handlers are the route files themselves: one definition of each route.
// Production only: in development Next.js reloads the route files as they
// change, which this lane's copies would not.
import type http from "node:http";
import { Readable } from "node:stream";
import { handOver } from "@/lib/auth/handoff";
import { forwardedHeaders, gate } from "@/lib/gateway/gate";
import { answerText, errorResponse, handOverBody, MAX_BODY_BYTES } from "@/lib/http";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface Lane {
  method: string;
  /** The path, with one capture group per parameter. */
  path: RegExp;
  params: string[];
  load: () => Promise<Handler>;
}

const LANES: Lane[] = [
  {
    method: "POST",
    path: /^\/api\/seats\/hold$/,
    params: [],
    load: async () => (await import("@/app/api/seats/hold/route")).POST,
  },
  {
    method: "GET",
    path: /^\/api\/showtimes\/([^/]+)\/seats$/,
    params: ["id"],
    load: async () => (await import("@/app/api/showtimes/[id]/seats/route")).GET,
  },
  {
    method: "GET",
    path: /^\/api\/showtimes\/([^/]+)\/seats\/stream$/,
    params: ["id"],
    load: async () => (await import("@/app/api/showtimes/[id]/seats/stream/route")).GET,
  },
];

function headersOf(request: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/** The body, cut off just past the limit: the handler answers 413 for anything longer. */
async function bodyOf(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_BODY_BYTES) break;
  }
  return Buffer.concat(chunks);
}

async function write(answer: Response, response: http.ServerResponse, extra: Record<string, string>) {
  const headers: Record<string, string | string[]> = Object.fromEntries(answer.headers);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  response.writeHead(answer.status, { ...headers, ...extra });
  const text = answerText(answer);
  if (text !== undefined) return void response.end(text);
  if (!answer.body) return void response.end();
  if (answer.headers.get("content-type")?.startsWith("text/event-stream")) {
    Readable.fromWeb(answer.body as Parameters<typeof Readable.fromWeb>[0]).pipe(response);
    return;
  }
  response.end(Buffer.from(await answer.arrayBuffer()));
}

async function serve(
  lane: Lane,
  handler: Handler,
  match: RegExpExecArray,
  incoming: http.IncomingMessage,
  outgoing: http.ServerResponse,
) {
  const url = `http://${incoming.headers.host ?? "localhost"}${incoming.url}`;
  const headers = headersOf(incoming);
  const stop = new AbortController();
  // A seat map stream ends when its reader goes away.
  outgoing.on("close", () => stop.abort());
  let extra: Record<string, string> = {};
  try {
    const decision = await gate({ url, method: lane.method, headers }, match[0]);
    extra = decision.answerHeaders;
    if (decision.refusal) return await write(decision.refusal, outgoing, extra);
    const request = new Request(url, {
      method: lane.method,
      headers: forwardedHeaders(headers, decision, false),
      signal: stop.signal,
    });
    handOver(request, decision.caller);
    if (lane.method !== "GET") handOverBody(request, await bodyOf(incoming));
    const params = Object.fromEntries(lane.params.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    await write(await handler(request, { params: Promise.resolve(params) }), outgoing, extra);
  } catch (error) {
    if (!outgoing.headersSent) await write(errorResponse(error), outgoing, extra);
    else outgoing.destroy();
  }
}

/**
 * Loads the lane's handlers; the function it returns serves a request and
 * says true when the request is the lane's, or says false and leaves it.
 */
export async function onSaleLane(): Promise<
  (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => boolean
> {
  const handlers = new Map(await Promise.all(LANES.map(async (lane) => [lane, await lane.load()] as const)));
  return (incoming, outgoing) => {
    const pathname = (incoming.url ?? "/").split("?", 1)[0];
    for (const lane of LANES) {
      if (lane.method !== incoming.method) continue;
      const match = lane.path.exec(pathname);
      if (!match) continue;
      void serve(lane, handlers.get(lane)!, match, incoming, outgoing);
      return true;
    }
    return false;
  };
}
