// Configuration from the environment, read once. Every variable is optional:
// without them the app runs on its embedded defaults (see README).
import { z } from "zod";

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

/**
 * Secret that signs sessions and the test provider's webhooks when none is
 * configured. Fine for a demo on one machine; production sets AUTH_SECRET.
 */
export const DEV_SECRET = "cinema-development-secret-change-me-in-production";

export function authSecret(): string {
  return env.AUTH_SECRET ?? process.env.AUTH_SECRET ?? DEV_SECRET;
}

export function webhookSecret(): string {
  return env.STRIPE_WEBHOOK_SECRET ?? "whsec_cinema_test_provider";
}
