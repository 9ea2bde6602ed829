// PostgreSQL LISTEN/NOTIFY for this process: one dedicated connection that
// every subscriber shares. Triggers in the database NOTIFY when users,
// sessions, showtimes or seats change (prisma/migrations/*_hot_path), so an
// instance's caches drop what changed, whichever instance changed it.
//
// A cache may only trust itself while the connection is up: a notification
// sent while it was down is lost. So `live()` says whether to use the cache
// at all, and every subscriber's `onReset` runs on each (re)connection to
// drop everything it kept.
import pg from "pg";
import { databaseUrl } from "@/lib/db";
import { logger } from "@/lib/logger";

type Listener = (payload: string) => void;

interface Hub {
  client: pg.Client | null;
  connecting: boolean;
  live: boolean;
  /** Channels this connection has LISTENed to: a cache of another channel is not safe yet. */
  listening: Set<string>;
  listeners: Map<string, Set<Listener>>;
  resets: Set<() => void>;
  retryMs: number;
  /** Said once per outage, not at every retry. */
  warned: boolean;
}

const globalForEvents = globalThis as unknown as { cinemaDbEvents?: Hub };
const hub: Hub = (globalForEvents.cinemaDbEvents ??= {
  client: null,
  connecting: false,
  live: false,
  listening: new Set(),
  listeners: new Map(),
  resets: new Set(),
  retryMs: 250,
  warned: false,
});

const quote = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

function lost(client: pg.Client, error?: Error) {
  if (hub.client !== client) return;
  if (error) logger.warn({ err: error }, "database notifications lost; caches are bypassed until they are back");
  hub.client = null;
  hub.live = false;
  hub.listening.clear();
  client.end().catch(() => {});
  setTimeout(connect, hub.retryMs).unref();
  hub.retryMs = Math.min(hub.retryMs * 2, 5_000);
}

async function listen(client: pg.Client, channel: string): Promise<void> {
  await client.query(`LISTEN ${quote(channel)}`);
  hub.listening.add(channel);
}

async function connect(): Promise<void> {
  if (hub.client || hub.connecting) return;
  hub.connecting = true;
  let client: pg.Client | undefined;
  try {
    client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    hub.client = client;
    client.on("notification", (message) => {
      for (const listener of hub.listeners.get(message.channel) ?? []) listener(message.payload ?? "");
    });
    const connected = client;
    client.on("error", (error) => lost(connected, error));
    client.on("end", () => lost(connected));
    // The listening connection must not keep a script's process alive.
    (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    for (const channel of hub.listeners.keys()) await listen(client, channel);
    for (const reset of hub.resets) reset();
    hub.live = true;
    hub.retryMs = 250;
    hub.warned = false;
  } catch (error) {
    hub.client = null;
    client?.end().catch(() => {});
    if (!hub.warned) logger.warn({ err: error }, "could not listen for database notifications; retrying");
    hub.warned = true;
    setTimeout(connect, hub.retryMs).unref();
    hub.retryMs = Math.min(hub.retryMs * 2, 5_000);
  } finally {
    hub.connecting = false;
  }
}

/**
 * Calls `listener` with the payload of every NOTIFY on `channel`, and `onReset`
 * whenever notifications may have been missed. Returns the unsubscribe function.
 */
export function subscribe(channel: string, listener: Listener, onReset: () => void): () => void {
  let listeners = hub.listeners.get(channel);
  if (!listeners) {
    listeners = new Set();
    hub.listeners.set(channel, listeners);
    const client = hub.client;
    if (client) listen(client, channel).catch((error) => lost(client, error));
  }
  listeners.add(listener);
  hub.resets.add(onReset);
  void connect();
  return () => {
    listeners.delete(listener);
    hub.resets.delete(onReset);
  };
}

/** Whether notifications on `channel` are flowing, i.e. whether a cache kept by them can be trusted now. */
export function notificationsLive(channel: string): boolean {
  return hub.live && hub.listening.has(channel);
}
