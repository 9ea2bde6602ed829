// Configuration from the environment, read once. Every variable is optional:
// without them the app runs on its embedded defaults (see README).
import { z } from "zod";
import { installationSecret } from "@/lib/installation-secret";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(1).optional(),
  APP_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  // Where the stripe SDK sends requests; set only to point it at a local
  // server that speaks Stripe's protocol (tests).
  STRIPE_API_BASE: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Cinema <tickets@cinema.test>"),
  HOLD_MINUTES: z.coerce.number().positive().max(60).default(10),
  CANCELLATION_CUTOFF_MINUTES: z.coerce.number().int().nonnegative().default(120),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  TWILIO_API_BASE: z.string().url().default("https://api.twilio.com"),
  DATA_DIR: z.string().default(".data"),
  // The built-in test payment provider on a database that is not the embedded
  // one; `npm start` sets it for the embedded database.
  PAYMENTS: z.enum(["test"]).optional(),
  // Background workers (outbox, hold sweeper) inside the app process.
  RUN_WORKERS: z.enum(["true", "false"]).default("true"),
  LOG_LEVEL: z.string().default("info"),
  // Bearer token Prometheus sends to /api/metrics; without it only loopback and private networks may scrape.
  METRICS_TOKEN: z.string().min(16).optional(),
  // Which proxies may report the client's address (X-Forwarded-For): a hop count or addresses/CIDRs.
  TRUST_PROXY: z.string().optional(),
  // Demo data on an external database (the embedded one always gets it).
  SEED_DEMO: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof schema>;

export const env: Env = schema.parse(process.env);

/** The public base URL of the app, used in links that leave it (e-mails, Stripe). */
export function appUrl(): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/**
 * How tickets are paid for: Stripe when a secret key is set, the built-in test
 * provider only when asked for, otherwise sales are closed (never free tickets).
 */
export function paymentsMode(): "stripe" | "test" | "closed" {
  if (env.STRIPE_SECRET_KEY) return "stripe";
  return env.PAYMENTS === "test" ? "test" : "closed";
}

/** Signs sessions and bearer tokens: AUTH_SECRET, or one generated for this installation. */
export function authSecret(): string {
  return process.env.AUTH_SECRET || installationSecret(env.DATA_DIR, "auth-secret");
}

/**
 * Verifies payment events. With Stripe it must be Stripe's endpoint secret
 * (there is no default); the built-in test provider signs its own events
 * with STRIPE_WEBHOOK_SECRET or a secret generated for this installation.
 * With sales closed no event is expected, so none verifies.
 */
export function webhookSecret(): string {
  const configured = process.env.STRIPE_WEBHOOK_SECRET;
  if (configured) return configured;
  const mode = paymentsMode();
  if (mode === "stripe") throw new Error(MISSING_WEBHOOK_SECRET);
  if (mode === "closed") throw new Error("Online sales are closed: no payment events are expected.");
  return installationSecret(env.DATA_DIR, "webhook-secret", "whsec_");
}

const MISSING_WEBHOOK_SECRET =
  "STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not: set it to the signing secret of your Stripe webhook endpoint (Dashboard → Developers → Webhooks), or payments can't be confirmed.";

/** Settings that make a start unsafe or useless: refuse with a clear message rather than run half-configured. */
export function configurationProblems(): string[] {
  const problems: string[] = [];
  if (env.STRIPE_SECRET_KEY && !process.env.STRIPE_WEBHOOK_SECRET) problems.push(MISSING_WEBHOOK_SECRET);
  if (process.env.AUTH_SECRET && process.env.AUTH_SECRET.length < 32) {
    problems.push(
      "AUTH_SECRET is shorter than 32 characters: use a long random value, e.g. `openssl rand -base64 32`.",
    );
  }
  return problems;
}
