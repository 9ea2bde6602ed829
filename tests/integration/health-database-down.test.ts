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

test("signing in with the database down is 503 service_unavailable, never a wrong password", async () => {
  const { POST } = await import("@/app/api/auth/token/route");
  const response = await POST(
    new Request("http://localhost/api/auth/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "someone@example.test", password: "whatever it is" }),
    }),
  );
  assert.equal(response.status, 503);
  assert.equal((await response.json()).code, "service_unavailable");
  assert.ok(Number(response.headers.get("retry-after")) > 0);
});
