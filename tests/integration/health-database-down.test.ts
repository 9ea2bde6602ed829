import { test, before } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";

// Point this process at a port where no PostgreSQL listens.
before(async () => {
  const port = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
  process.env.DATABASE_URL = `postgresql://cinema:cinema@127.0.0.1:${port}/cinema`;
});

test("GET /api/health answers 503 with the database down", async () => {
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  assert.equal(response.status, 503);
  const body = await response.json();
  assert.equal(body.services.database, "down");
  assert.equal(body.services.bookings, "down");
});
