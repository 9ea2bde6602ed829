// Structured logs (pino), one JSON object per line; readable lines in
// development. Every line written while a request is answered carries its
// request id. Secrets, credentials and e-mail addresses never reach them: the
// paths below are removed, and the test suite searches the app servers' logs
// of a whole run for what must not be there (tests/logs/).
import { createRequire } from "node:module";
import pino, { type DestinationStream } from "pino";
import { currentRequestId } from "@/lib/request-context";

const SECRET_FIELDS = [
  "password",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "authorization",
  "cookie",
  "email",
  "card",
];

/** pino-pretty is a development dependency: only `npm run dev` loads it. */
function developmentStream(): DestinationStream | undefined {
  if (process.env.NODE_ENV !== "development") return undefined;
  const pretty = createRequire(import.meta.url)("pino-pretty") as (options: object) => DestinationStream;
  return pretty({ colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" });
}

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    redact: {
      paths: [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`), "req.headers.cookie"],
      remove: true,
    },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  },
  developmentStream(),
);
