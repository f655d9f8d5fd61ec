/**
 * The one place that reads `process.env`. Parsed once with zod; empty strings count as unset
 * (create-t3-app). In development every variable has a safe local default, so `npm run dev` needs no
 * configuration; whenever NODE_ENV is "production" (a deployment, `next build`/`next start`, and the
 * production build `npm test` runs) the secrets are required — the test runner passes its own
 * (scripts/test.ts), production code never swaps in development values.
 */
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

/** A secret that must be set in production; locally a fixed development value is used instead. */
function secret(devValue: string) {
  return isProduction ? z.string().min(16, "must be at least 16 characters") : z.string().min(16).default(devValue);
}

const csv = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  );

/**
 * Who vouches for the client's address (docs/security.md): "vercel" (the platform's
 * `x-vercel-forwarded-for` / `x-real-ip`), a number N of trusted reverse proxies in front of the app
 * (the Nth `x-forwarded-for` hop from the right), or "none" (the TCP peer). Default "vercel" on Vercel
 * (`VERCEL=1`), else "none": the safe choice when self-hosting, as no client header is believed.
 */
const trustProxy = z
  .string()
  .default(process.env.VERCEL === "1" ? "vercel" : "none")
  .transform((value, ctx) => {
    const text = value.trim().toLowerCase();
    if (text === "vercel" || text === "none") return { mode: text } as const;
    if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10) return { mode: "hops", hops: Number(text) } as const;
    ctx.addIssue({ code: "custom", message: 'must be "vercel", "none" or a number of proxies from 1 to 10' });
    return z.NEVER;
  });

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** App connection: a login role that is not superuser, not table owner, without BYPASSRLS. */
    DATABASE_URL: z.url(),
    /** Owner connection used only by migrations and `db:*` scripts (falls back to DATABASE_URL). */
    MIGRATION_DATABASE_URL: z.url().optional(),
    /** Connections of this instance's pool (docs/production.md): 10 for a server, 1–3 per serverless function. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** Secret that signs next-auth JWTs and keys the OTP hashes. */
    NEXTAUTH_SECRET: secret("dev-only-secret-change-me-0123456789"),
    /** Public base URL of the app (links in emails). */
    NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    /** nodemailer SMTP URL, e.g. smtp://user:pass@smtp.example.com:587. Locally: the embedded inbox. */
    EMAIL_SERVER: z.string().default("smtp://127.0.0.1:1025"),
    EMAIL_FROM: z.string().default("Assembly Demo <demo@assembly.test>"),
    /** The sales team's inbox: "Hablar con ventas" requests (docs/sales.md) and hot-lead alerts (docs/engagement.md) go here. Locally: an address of the local inbox. */
    SALES_EMAIL: z.email().default("ventas@assembly.test"),
    /** Web page of the local inbox, shown on /login in development so codes can be read. */
    INBOX_URL: z.url().optional(),
    /** Bearer token Vercel Cron sends to /api/cron/*. */
    CRON_SECRET: secret("dev-only-cron-secret-0123456789"),
    /**
     * Bearer token a Prometheus scraper sends to /api/metrics; unset → open in development, closed (401)
     * whenever NODE_ENV is "production".
     */
    METRICS_TOKEN: z.string().min(16).optional(),
    /** Next's build folder (next.config.mjs `distDir`): the proxy reads the prerendered public pages there. */
    NEXT_DIST_DIR: z.string().default(".next"),
    /** Set by Vercel at build and run time; shown in /api/health's `version`. */
    VERCEL_GIT_COMMIT_SHA: z.string().optional(),
    /** Least severe log level written; "warn" under Vitest (NODE_ENV "test"), else "info". */
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default(process.env.NODE_ENV === "test" ? "warn" : "info"),
    /** Upstash Redis for rate limits; without both, rate limits are stored in PostgreSQL. */
    UPSTASH_REDIS_REST_URL: z.url().optional(),
    UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
    /** Emails allowed into the sales console (role SUPER_ADMIN), comma-separated. */
    SUPER_ADMIN_EMAILS: csv,
    /** How many organizations the expiry cron marks per batch. */
    EXPIRE_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
    /** Who vouches for the client address: "vercel", "none" (default when self-hosting) or 1–10 proxies. */
    TRUST_PROXY: trustProxy,
    /**
     * Platform-wide circuit breaker: most demos created per minute, all addresses together (sized from
     * `npm run bench`: ~20 demos/s per Node process); past it the request answers 429 (the generic rate-limit message) and the lead is kept.
     */
    DEMO_CREATE_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
    /** Most demos active at once (unset = no cap): at the cap POST /api/demo/request answers 503. */
    MAX_ACTIVE_DEMOS: z.coerce.number().int().min(1).optional(),
    /**
     * Ready demos kept per scenario in the warm pool (docs/scale.md); 0 disables it. Default 2 in
     * production, 0 in development and tests.
     */
    DEMO_POOL_SIZE: z.coerce
      .number()
      .int()
      .min(0)
      .max(100)
      .default(isProduction ? 2 : 0),
    /** Days an expired or terminated demo keeps its product data before the cron purges it. */
    DEMO_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** CRM endpoint that receives lifecycle events (outbox); unset = events wait in outbox_events. */
    CRM_WEBHOOK_URL: z.url().optional(),
    /** HMAC-SHA256 key of the webhook's X-Assembly-Signature; required when CRM_WEBHOOK_URL is set. */
    CRM_WEBHOOK_SECRET: z.string().min(16).optional(),
    /**
     * Set by Next.js itself ("nodejs" inside the app's server, unset in scripts run with tsx): the app's
     * server pools SMTP sessions, scripts do not (src/server/mail/send-mail.ts). Not configuration.
     */
    NEXT_RUNTIME: z.enum(["nodejs", "edge"]).optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
});

/**
 * True whenever NODE_ENV is "production": a deployment, `next start`, and the production build `npm test`
 * runs (whose runner passes what production requires: secrets, METRICS_TOKEN, DEMO_POOL_SIZE).
 */
export const isProductionDeployment = isProduction;
