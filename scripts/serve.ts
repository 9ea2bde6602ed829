// The app's HTTP server (npm start, npm run dev, the container): Next.js
// behind a thin node:http layer that states each caller's address from the
// connection, believing X-Forwarded-For only from the proxies TRUST_PROXY
// names (lib/gateway/client-address.ts), and answers the on-sale requests on
// a lane of their own (./on-sale-lane.ts). `next start` alone can't: it
// keeps whatever X-Forwarded-For a client invents.
import http from "node:http";
import next from "next";
import {
  CLIENT_ADDRESS_HEADER,
  SERVER_STATES_ADDRESS,
  compileTrust,
  resolveClientAddress,
} from "@/lib/gateway/client-address";
import { configurationProblems } from "@/lib/env";
import { onSaleLane } from "./on-sale-lane";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST;

const problems = configurationProblems();
if (problems.length) {
  for (const problem of problems) console.error(`Refusing to start: ${problem}`);
  process.exit(1);
}

process.env[SERVER_STATES_ADDRESS] = "1";
const trust = compileTrust(process.env.TRUST_PROXY);
const app = next({ dev, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();
const lane = dev ? () => false : await onSaleLane();

const server = http.createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    request.socket.remoteAddress ?? "",
    [request.headers["x-forwarded-for"]].flat().join(", ") || undefined,
    trust,
  );
  if (!lane(request, response)) void handle(request, response);
});
// Longer than the idle timeouts of common load balancers, so they never reuse a closed connection.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`Cinema ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Streams (live seat maps) never end on their own: give answers in flight a moment.
    setTimeout(() => process.exit(0), 4_000).unref();
  });
}
