// Prometheus's own checker for the operations tests. Debian's `prometheus`
// package has it: installed when missing and this user may (root, as CI
// runs), the way scripts/test.ts installs Chromium; otherwise the tests that
// need it are skipped and say why.
import { spawnSync } from "node:child_process";

const PROMTOOL = process.env.PROMTOOL_PATH ?? "promtool";

const works = () => spawnSync(PROMTOOL, ["--version"], { encoding: "utf8" }).status === 0;

let ready: string | null | undefined;

/** null when promtool is there (or was just installed), else why it is not. */
export function promtoolMissing(): string | null {
  if (ready !== undefined) return ready;
  if (works()) return (ready = null);
  if (process.getuid?.() !== 0)
    return (ready = "promtool is missing and this user cannot install it: apt-get install -y prometheus");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "prometheus"], { stdio: "inherit", env });
  return (ready = works() ? null : "apt-get install -y prometheus did not give a working promtool");
}

/** Runs `promtool <args>` with `input` on stdin; its exit code and everything it printed. */
export function promtool(args: string[], input?: string): { code: number; output: string } {
  const result = spawnSync(PROMTOOL, args, { input, encoding: "utf8" });
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}`.trim() };
}
