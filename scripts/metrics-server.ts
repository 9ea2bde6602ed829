// The metrics of a process that has no app server to answer /api/metrics:
// `npm run worker`, whose counters (messages sent and failed, refunds,
// expiries) no web replica sees. GET /metrics on its own port, with the same
// registry and the same access rule as /api/metrics (METRICS_TOKEN as a
// bearer token, or without one loopback and private networks only).
import http from "node:http";
import { assertMayScrape } from "@/app/api/metrics/scrape-access";
import { isAppError } from "@/lib/errors";
import { CLIENT_ADDRESS_HEADER, SERVER_STATES_ADDRESS } from "@/lib/gateway/client-address";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";

async function answer(request: http.IncomingMessage, response: http.ServerResponse) {
  if (request.method !== "GET" || request.url?.split("?")[0] !== "/metrics") {
    response.writeHead(404).end();
    return;
  }
  try {
    // Like scripts/serve.ts, this server states the caller's address from the socket, never from a header.
    assertMayScrape(
      new Request("http://metrics/metrics", {
        headers: {
          authorization: request.headers.authorization ?? "",
          [CLIENT_ADDRESS_HEADER]: request.socket.remoteAddress ?? "",
        },
      }),
    );
    const body = await metrics.registry.metrics();
    response.writeHead(200, { "content-type": metrics.registry.contentType, "cache-control": "no-store" }).end(body);
  } catch (error) {
    if (!isAppError(error)) logger.error({ err: error }, "metrics could not be collected");
    response.writeHead(isAppError(error) ? 403 : 500).end();
  }
}

/** Serves this process's metrics on `port` until the returned server is closed. */
export function serveMetrics(port: number, hostname?: string): http.Server {
  process.env[SERVER_STATES_ADDRESS] = "1";
  const server = http.createServer((request, response) => void answer(request, response));
  server.listen(port, hostname, () => logger.info({ port }, "metrics served on /metrics"));
  return server;
}
