// A local HTTP server that speaks the part of Stripe's API we use, so the
// real `stripe` SDK can be tested offline. It records every request (form
// fields and headers) for the test to check.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  form: URLSearchParams;
  headers: http.IncomingHttpHeaders;
}

export interface FakeStripe {
  url: string;
  requests: RecordedRequest[];
  sessions: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Record<string, unknown>>();
  const byIdempotencyKey = new Map<string, unknown>();
  let counter = 0;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0];
      const form = new URLSearchParams(raw);
      requests.push({ method: req.method ?? "", path, form, headers: req.headers });
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++counter}` });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== "Bearer sk_test_fake")
        return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key" } });
      const key = req.headers["idempotency-key"];
      if (typeof key === "string" && byIdempotencyKey.has(key)) return send(200, byIdempotencyKey.get(key));
      const remember = (body: unknown) => {
        if (typeof key === "string") byIdempotencyKey.set(key, body);
        send(200, body);
      };
      let match: RegExpMatchArray | null;
      if (req.method === "POST" && path === "/v1/checkout/sessions") {
        const id = `cs_test_fake_${++counter}_${Math.random().toString(36).slice(2, 10)}`;
        const session = {
          id,
          object: "checkout.session",
          url: `https://checkout.stripe.test/c/pay/${id}`,
          status: "open",
          payment_status: "unpaid",
          payment_intent: null,
          client_reference_id: form.get("client_reference_id"),
          metadata: { bookingId: form.get("metadata[bookingId]") },
          expires_at: Number(form.get("expires_at")),
        };
        sessions.set(id, session);
        return remember(session);
      }
      if ((match = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/)) && req.method === "GET") {
        const session = sessions.get(match[1]);
        return session
          ? send(200, session)
          : send(404, { error: { type: "invalid_request_error", message: "No such session" } });
      }
      if ((match = path.match(/^\/v1\/checkout\/sessions\/([^/]+)\/expire$/)) && req.method === "POST") {
        const session = sessions.get(match[1]);
        if (!session) return send(404, { error: { type: "invalid_request_error", message: "No such session" } });
        session.status = "expired";
        return send(200, session);
      }
      if (req.method === "POST" && path === "/v1/refunds") {
        return remember({
          id: `re_fake_${++counter}_${Math.random().toString(36).slice(2, 10)}`,
          object: "refund",
          amount: Number(form.get("amount")),
          payment_intent: form.get("payment_intent"),
          status: "succeeded",
        });
      }
      send(404, {
        error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path})` },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
