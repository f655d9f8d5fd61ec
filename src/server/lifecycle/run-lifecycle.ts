import "server-only";
import { env } from "@/env";
import { type RefillResult, refillDemoPool } from "@/server/demo/demo-pool";
import { expireDemos } from "@/server/demo/expire-demos";
import { type EngagementThresholdsResult, recordEngagementThresholds } from "@/server/engagement/record-engagement-thresholds";
import { log } from "@/server/log";
import { type DeliverEmailsResult, deliverEmails } from "@/server/mail/deliver-emails";
import { addDailyActivity, type DailyActivityResult } from "./add-daily-activity";
import { purgeExpiredRateLimitCounters } from "@/server/rate-limit/postgres-store";
import { resetQaDemoDaily } from "@/server/sales/reset-qa-demo-daily";
import { type DeliverOutboxResult, deliverOutbox } from "./deliver-outbox";
import { purgeDemoData } from "./purge-demo-data";
import { type ExpiryWarningsResult, sendExpiryWarnings } from "./send-expiry-warnings";

/** Counts per step of one lifecycle run; `errors` names the steps that failed (details in the log). */
export type LifecycleRunResult = {
  ok: boolean;
  /** (a) demos marked expired now, and in how many batches. */
  expired: number;
  batches: number;
  /** (b) expiry warnings queued now, per kind. */
  warnings: ExpiryWarningsResult;
  /** (b'') engagement thresholds crossed now (`lead.scored` events) and hot-lead emails queued (docs/engagement.md). */
  engagement: EngagementThresholdsResult;
  /** (b') the durable email queue: sent now, attempts failed (retried with backoff), given up. */
  emails: DeliverEmailsResult;
  /** (c) demos whose product data retention purged now, and the rows deleted. */
  purged: number;
  purgedRows: number;
  /** (d) webhook deliveries; null when CRM_WEBHOOK_URL is not set (events wait in the outbox). */
  outbox: DeliverOutboxResult | null;
  /** (e) stale rate-limit counters deleted. */
  rateLimitCountersPurged: number;
  /** (f) warm pool entries added and recycled (docs/scale.md). */
  pool: RefillResult;
  /** (h) whether this run reset the shared QA demo (once per Colombian day, docs/sales.md#qa-demo). */
  qaReset: boolean;
  /** (g) active demos given today's synthetic activity now, and the rows added (once per demo per day). */
  activity: DailyActivityResult;
  /** How long each step took, ms, by step name (the names of `errors`); rate limits overlap the others. */
  durationsMs: Record<string, number>;
  errors: string[];
};

/**
 * The demo lifecycle automation, run hourly by `GET /api/cron/expire-demos` (Vercel Cron) and by
 * `npm run demos:expire` (docs/rules.md#demo-lifecycle): (a) expire demos past `demo_expires_at`, (b) send the T-3 d and
 * T-1 d expiry warnings, once each, (b'') score the active demos and record the engagement thresholds
 * they crossed — `lead.scored` CRM events and hot-lead emails, once per threshold per demo
 * (docs/engagement.md) —, (b') send every due email of the durable queue (the warnings just
 * queued, and emails whose first attempt failed — retried with backoff until sent or given up), (c) purge the product data of demos ended more than
 * DEMO_RETENTION_DAYS ago, (d) deliver the outbox to CRM_WEBHOOK_URL, (e) drop expired rate-limit
 * counters, (f) recycle stale warm-pool entries and top the pool up (DEMO_POOL_SIZE), (g) give each
 * active demo its daily synthetic activity (a payment, a new resident, a request), once per local day, (h) reset the
 * shared QA demo once per Colombian day (`resetQaDemoDaily`). Every step is idempotent and safe under concurrent runs; a failing step is logged and
 * reported in `errors` without stopping the others; `durationsMs` says how long each took.
 * @param now the run's clock (tests pass their own).
 * @returns the counts per step.
 */
export async function runLifecycle(now: Date = new Date()): Promise<LifecycleRunResult> {
  const errors: string[] = [];
  const durationsMs: Record<string, number> = {};
  const step = async <T>(name: string, fallback: T, fn: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await fn();
    } catch (err) {
      log.error({ err, step: name }, "lifecycle step failed");
      errors.push(name);
      return fallback;
    } finally {
      durationsMs[name] = Math.round(performance.now() - started);
    }
  };

  const rateLimits = step("rateLimits", 0, () => purgeExpiredRateLimitCounters(now));
  const expired = await step("expire", { expired: 0, batches: 0 }, () => expireDemos({ now }));
  const warnings = await step("warnings", { threeDay: 0, oneDay: 0 }, () => sendExpiryWarnings({ now }));
  const engagement = await step("engagement", { warm: 0, hot: 0, emails: 0 }, () => recordEngagementThresholds({ now }));
  const emails = await step("emails", { sent: 0, failed: 0, gaveUp: 0 }, () => deliverEmails({ now }));
  const retention = await step("retention", { purged: 0, rowsDeleted: 0, batches: 0 }, () => purgeDemoData({ now }));
  const outbox = await step("outbox", null, async () => {
    if (!env.CRM_WEBHOOK_URL) return null;
    if (!env.CRM_WEBHOOK_SECRET) throw new Error("CRM_WEBHOOK_URL is set without CRM_WEBHOOK_SECRET");
    return deliverOutbox({ url: env.CRM_WEBHOOK_URL, secret: env.CRM_WEBHOOK_SECRET, now });
  });
  const rateLimitCountersPurged = await rateLimits;
  const pool = await step("pool", { added: 0, recycled: 0 }, () => refillDemoPool({ now }));
  const qa = await step("qaReset", { reset: false, day: "" }, () => resetQaDemoDaily({ now }));
  const activity = await step("activity", { demos: 0, payments: 0, residents: 0, requests: 0 }, () => addDailyActivity({ now }));

  return {
    ok: errors.length === 0,
    ...expired,
    warnings,
    engagement,
    emails,
    purged: retention.purged,
    purgedRows: retention.rowsDeleted,
    outbox,
    rateLimitCountersPurged,
    pool,
    qaReset: qa.reset,
    activity,
    durationsMs,
    errors,
  };
}
