// The app's PostgreSQL: one pg pool per process, shared by the Prisma client
// (on the node-postgres driver adapter) and the few hot-path statements that
// skip Prisma's query layer (holds, seat maps, rate limits).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. `npm start` and `npm run dev` start an embedded PostgreSQL and set it for you.",
    );
  }
  return url;
}

interface Connections {
  pool: pg.Pool;
  prisma: PrismaClient;
}

function connect(): Connections {
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: Number(process.env.DB_POOL_SIZE ?? 10) });
  // An idle client losing its connection (a database restart) must not crash the process.
  pool.on("error", () => {});
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) };
}

// One set per process, also across Next.js dev reloads and its separate
// bundles (the proxy and the route handlers each load this module).
const globalForDb = globalThis as unknown as { cinemaDb?: Connections };

function connections(): Connections {
  return (globalForDb.cinemaDb ??= connect());
}

/** The pg pool under Prisma, for statements on the hot path. */
export function pgPool(): pg.Pool {
  return connections().pool;
}

// Created on first use, so that importing this module (as `next build` does)
// needs no database.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = connections().prisma;
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type DbOrTx = PrismaClient | Tx;
