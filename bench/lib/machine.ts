// One line naming the machine the numbers were measured on.
import fs from "node:fs";
import os from "node:os";

export function machineLine(): string {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() said it.
  }
  const load = os.loadavg()[0].toFixed(2);
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  return `${cpu}, ${os.availableParallelism()} cores, ${memory}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)} (load average ${load} at the start)`;
}
