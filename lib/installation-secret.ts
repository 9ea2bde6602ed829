// Secrets that are never constants in the code: when the environment gives
// none, one is generated on first use and kept under DATA_DIR (mode 0600),
// so restarts keep sessions. Several instances must share it: set the
// variable in the environment (or share DATA_DIR) when running more than one.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const generated = new Map<string, string>();

function read(file: string): string | null {
  try {
    const secret = fs.readFileSync(file, "utf8").trim();
    return secret.length >= 32 ? secret : null;
  } catch {
    return null;
  }
}

/** The installation's secret `name` under `dataDir`, created once with `prefix` + 256 random bits. */
export function installationSecret(dataDir: string, name: string, prefix = ""): string {
  const file = path.resolve(dataDir, "secrets", name);
  const known = generated.get(file) ?? read(file);
  if (known) {
    generated.set(file, known);
    return known;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written aside and linked into place: of two processes starting at once,
  // one secret wins and both read it, never a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(draft, `${prefix}${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  const secret = read(file);
  if (!secret) throw new Error(`Could not read the generated secret in ${file}.`);
  generated.set(file, secret);
  return secret;
}
