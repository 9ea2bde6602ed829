// npm run admin:create -- --email you@example.com [--name "Your Name"] [--promote]
// The first administrator of a real installation. The password is asked for
// without echo on a terminal, or read from the first line of standard input
// when piped (`printf '%s\n' "$PASSWORD" | npm run admin:create -- --email …`),
// and checked by the password policy. --promote makes an existing account an
// administrator instead (it then signs in again with the new role).
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createAdmin, findAccount, promoteToAdmin } from "@/lib/services/users";

const USAGE = 'Usage: npm run admin:create -- --email you@example.com [--name "Your Name"] [--promote]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line from the terminal without showing what is typed. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let typed = "";
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\u0003") {
          process.stdout.write("\n");
          process.exit(130);
        } else if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(typed);
          return;
        } else if (char === "\u007f" || char === "\b") {
          typed = typed.slice(0, -1);
        } else {
          typed += char;
        }
      }
    };
    stdin.on("data", onData);
  });
}

async function readPiped(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0];
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await promptHidden("Password for the new administrator: ");
  const again = await promptHidden("The same password again: ");
  if (first !== again) fail("The two passwords differ. Nothing was changed.");
  return first;
}

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, promote: { type: "boolean", default: false } },
});

if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) fail(`Give a valid --email.\n${USAGE}`);
if (!process.env.DATABASE_URL) {
  fail(
    "DATABASE_URL is not set. Point it at the installation's PostgreSQL, e.g.\n" +
      "  DATABASE_URL=postgresql://user:password@host:5432/cinema npm run admin:create -- --email you@example.com",
  );
}

try {
  const existing = await findAccount(values.email);
  if (existing) {
    if (existing.role === "ADMIN") {
      console.log(`${existing.email} is already an administrator. Nothing was changed.`);
    } else if (!values.promote) {
      fail(
        `${existing.email} already has an account (${existing.name}, ${existing.role}). ` +
          "Run again with --promote to make it an administrator.",
      );
    } else {
      const user = await promoteToAdmin(existing.email);
      console.log(`${user.email} is now an administrator; it signs in again to use the staff pages.`);
    }
  } else {
    const password = await readPassword();
    const user = await createAdmin({ email: values.email, name: values.name ?? "Administrator", password });
    console.log(`Created the administrator ${user.email}. Sign in at /sign-in; the users page is /admin/users.`);
  }
} catch (error) {
  if (isAppError(error)) fail(error.detail);
  throw error;
} finally {
  await db.$disconnect();
}
