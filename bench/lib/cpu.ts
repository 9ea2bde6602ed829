// CPU time spent by a server's processes and by the PostgreSQL backends
// serving its connections, read from /proc: CPU per request holds up on a
// busy machine far better than requests per second, which drop whenever
// something else takes the cores.
import fs from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface Stat {
  pid: number;
  ppid: number;
  pgrp: number;
  cpuMs: number;
}

function stats(): Stat[] {
  const all: Stat[] = [];
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return all; // not Linux
  }
  for (const pid of entries) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      all.push({
        pid: Number(pid),
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      });
    } catch {
      // Exited meanwhile.
    }
  }
  return all;
}

export interface CpuSample {
  server: number;
  database: number;
}

/** CPU ms so far of each process of the server, and of each client backend (null: not known). */
export interface CpuSnapshot {
  server: Map<number, number>;
  database: Map<number, number> | null;
}

/**
 * "postgres: cinema cinema 127.0.0.1(41234) idle": a backend serving a client
 * connection. Autovacuum, the checkpointer and the other helpers are left
 * out: their work after a run of writes would be billed to the few requests
 * of a slow run.
 */
function isClientBackend(pid: number): boolean {
  try {
    return /^postgres: \S+ \S+ \S+\(\d+\)|^postgres: \S+ \S+ \[local\]/.test(
      fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"),
    );
  } catch {
    return false;
  }
}

/** Reads the CPU time of a process group (the server) and of the postmaster's client backends. */
export function cpuMeter(serverGroup: number, postmasterPid: number | null): () => CpuSnapshot {
  return () => {
    const server = new Map<number, number>();
    // A database the bench did not start has processes it cannot tell apart.
    const database = postmasterPid ? new Map<number, number>() : null;
    for (const stat of stats()) {
      if (stat.pgrp === serverGroup) server.set(stat.pid, stat.cpuMs);
      if (database && stat.ppid === postmasterPid && isClientBackend(stat.pid)) database.set(stat.pid, stat.cpuMs);
    }
    return { server, database };
  };
}

/**
 * CPU ms spent between two snapshots, process by process: a process that
 * exited meanwhile (a pool closing an idle connection) takes its time with
 * it, and must not count as time given back.
 */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): CpuSample {
  const spent = (from: Map<number, number>, to: Map<number, number>) =>
    [...to].reduce((sum, [pid, ms]) => sum + ms - (from.get(pid) ?? 0), 0);
  return {
    server: spent(before.server, after.server),
    database: before.database && after.database ? spent(before.database, after.database) : Number.NaN,
  };
}

/** The postmaster of a data directory, from its pid file. */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(fs.readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]) || null;
  } catch {
    return null;
  }
}
