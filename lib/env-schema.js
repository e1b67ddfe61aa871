// The environment's schema, without side effects: the launch scripts parse with it and report
// a bad variable as one message; lib/env.js applies it to process.env.
import { z } from "zod";

import { normalizeAddress } from "./server/client-address.js";

const ZPostgresUrl = z.string().refine((value) => {
  try {
    return ["postgres:", "postgresql:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, "must be a postgres:// or postgresql:// URL, e.g. postgresql://user:pass@localhost:5432/offerboard");

// Addresses of the reverse proxies in front of the app, e.g. "127.0.0.1,::1" for nginx on the
// same machine: only their X-Forwarded-For is believed (lib/server/client-address.js).
const ZTrustedProxies = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine((part) => normalizeAddress(part) !== null, "must be IP addresses separated by commas, e.g. 127.0.0.1,::1"),
    ),
  )
  .transform((parts) => parts.map((part) => /** @type {string} */ (normalizeAddress(part))));

const ZBoolean = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: ZPostgresUrl.optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  NEXTAUTH_URL: z.url({ message: "must be a full URL such as http://localhost:3000" }).optional(),
  PORT: z.coerce.number({ message: "must be a number" }).int().min(1).max(65535).default(3000),
  ALLOW_REGISTRATION: ZBoolean.default(true),
  DATA_DIR: z.string().min(1).default(".data"),
  // V8 old-space limit of the production server (npm start). Unbounded, the heap grows to
  // ~600 MB of garbage under load before V8 collects it; 256 MB costs no throughput.
  TRUSTED_PROXY: ZTrustedProxies.default([]),
  SERVER_HEAP_MB: z.coerce.number({ message: "must be a number of megabytes" }).int().min(128).max(16384).default(256),
  // The per-user page-read cache (lib/cache): "off" serves every page read from PostgreSQL.
  READ_CACHE: z.enum(["on", "off"], { message: "must be on or off" }).default("on"),
  // Whether this server process runs the reminder queue's workers (instrumentation.ts).
  REMINDER_WORKER: ZBoolean.default(true),
  // Lets reminder webhooks reach loopback and private addresses (a local receiver, tests).
  REMINDER_WEBHOOK_ALLOW_PRIVATE: ZBoolean.default(false),
  // The SMTP server reminder mails go through (nodemailer), e.g. smtps://user:pass@smtp.example.com:465;
  // unset, email reminders are unavailable. SMTP_FROM is their sender.
  SMTP_URL: z.string().refine((value) => {
    try {
      return ["smtp:", "smtps:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@smtp.example.com:465").optional(),
  SMTP_FROM: z.string().min(3).max(254).optional(),
  // How often `npm run reminders:worker` looks for due reminders, in seconds (unset: each minute).
  REMINDER_SWEEP_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).int().min(1).max(3600).optional(),
  // Seconds a reminder claimed by a worker with no outcome (it died) waits before another takes it.
  REMINDER_CLAIM_STALE_SECONDS: z.coerce.number({ message: "must be a number of seconds" }).int().min(1).max(86400).default(180),
});

/**
 * Parses an environment (empty strings count as unset) and throws one readable error that
 * names every bad variable.
 * @param {Record<string, string | undefined>} source
 * @returns {z.infer<typeof ZEnv>}
 */
export function parseEnv(source) {
  const cleaned = Object.fromEntries(
    Object.keys(ZEnv.shape).map((key) => [key, source[key] === "" ? undefined : source[key]]),
  );
  const result = ZEnv.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
}
