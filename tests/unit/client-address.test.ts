// Which address a request comes from: the connection's own, unless
// TRUST_PROXY says the peer is a proxy whose X-Forwarded-For may be believed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileTrust, resolveClientAddress } from "@/lib/gateway/client-address";

test("without TRUST_PROXY a client's X-Forwarded-For is ignored", () => {
  const trust = compileTrust(undefined);
  assert.equal(resolveClientAddress("203.0.113.7", "10.0.0.1", trust), "203.0.113.7");
  assert.equal(resolveClientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", trust), "203.0.113.7");
  assert.equal(resolveClientAddress("203.0.113.7", undefined, compileTrust("false")), "203.0.113.7");
});

test("a number trusts that many proxies in front, counted from the app", () => {
  // client → proxy 198.51.100.1 → proxy 198.51.100.2 → app
  const chain = "6.6.6.6, 192.0.2.10, 198.51.100.1";
  assert.equal(resolveClientAddress("198.51.100.2", chain, compileTrust("1")), "198.51.100.1");
  assert.equal(resolveClientAddress("198.51.100.2", chain, compileTrust("2")), "192.0.2.10");
});

test("a list trusts only those proxies: an entry the client wrote itself is never reached", () => {
  const trust = compileTrust("loopback, 10.0.0.0/8");
  // The load balancer at 10.0.0.5 appended the real client, 192.0.2.10; 6.6.6.6 is the client's own invention.
  assert.equal(resolveClientAddress("10.0.0.5", "6.6.6.6, 192.0.2.10", trust), "192.0.2.10");
  // Straight from the internet, the same header is the client's word only.
  assert.equal(resolveClientAddress("192.0.2.99", "6.6.6.6, 192.0.2.10", trust), "192.0.2.99");
  assert.equal(resolveClientAddress("127.0.0.1", "192.0.2.44", trust), "192.0.2.44");
});

test("garbage reported by a trusted proxy does not become an address", () => {
  assert.equal(resolveClientAddress("127.0.0.1", "not-an-address", compileTrust("loopback")), "127.0.0.1");
});
