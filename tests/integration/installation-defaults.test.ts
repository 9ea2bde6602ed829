// A real installation is not a demo: `npm start` against an external, empty
// database migrates it and loads no demo accounts (whose password is
// published in the README) unless SEED_DEMO asks for them.
import { test } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";

// A database of its own, made before anything connects to the shared one.
const name = `cinema_fresh_${process.pid}`;
const server = new pg.Client({ connectionString: process.env.DATABASE_URL });
await server.connect();
await server.query(`DROP DATABASE IF EXISTS ${name}`);
await server.query(`CREATE DATABASE ${name}`);
await server.end();
const fresh = new URL(process.env.DATABASE_URL!);
fresh.pathname = `/${name}`;
process.env.DATABASE_URL = fresh.toString();
const { prepareDatabase } = await import("@/scripts/prepare-database");
const { db } = await import("@/lib/db");

test("an external empty database gets its schema and no demo accounts", async () => {
  const prepared = await prepareDatabase(fresh.toString(), { demo: false });
  assert.ok(prepared.applied.length > 0, "migrated");
  assert.equal(prepared.seeded, false);
  assert.equal(await db.user.count(), 0);
  assert.equal(await db.movie.count(), 0);
  assert.equal(prepared.admins, 0, "the first admin comes from npm run admin:create");
});

test("asked for (embedded database or SEED_DEMO=true), the demo arrives flagged as demo", async () => {
  const prepared = await prepareDatabase(fresh.toString(), { demo: true });
  assert.equal(prepared.seeded, true);
  const demo = await db.user.findMany({ where: { demo: true } });
  assert.ok(demo.some((user) => user.email === "admin@cinema.test"));
  assert.equal(await db.user.count({ where: { demo: false } }), 0);
  await db.$disconnect();
});
