// What every part of the bench is given, and the row it adds to the table.
import type pg from "pg";
import type { CpuSnapshot } from "../lib/cpu";
import type { LoadResult } from "../lib/load";
import type { World } from "../lib/world";

export interface Target {
  url: string;
  /** Reads the CPU time of this server and of PostgreSQL so far. */
  cpu?: () => CpuSnapshot;
}

export interface BenchContext {
  pool: pg.Pool;
  world: World;
  floor: Target;
  app: Target;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Moviegoers of the hold and seat map runs (the first of world.moviegoers). */
  moviegoers: number;
}

export interface TableRow {
  request: string;
  floor?: LoadResult;
  app: LoadResult;
  notes: string;
  /** Seats held twice or another broken promise: the run exits non-zero. */
  failed?: boolean;
}

export const jsonHeaders = (token: string, ip: string): Record<string, string> => ({
  "content-type": "application/json",
  authorization: `Bearer ${token}`,
  "x-forwarded-for": ip,
});
