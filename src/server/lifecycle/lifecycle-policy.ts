/**
 * The numbers of the demo lifecycle automation (docs/rules.md#demo-lifecycle), in one place. Times in milliseconds
 * unless the name says otherwise.
 */
import { DAY_MS } from "@/server/demo/demo-policy";

/** Expiry warnings, each sent once per demo: T-1 day and T-3 days before `demo_expires_at`. */
export const EXPIRY_WARNINGS = [
  { kind: "expiry_warning_1d", days: 1 },
  { kind: "expiry_warning_3d", days: 3 },
] as const;
export const EXPIRY_WARNING_KINDS: string[] = EXPIRY_WARNINGS.map((w) => w.kind);

/** Kinds of `demo_notifications` rows. */
export type NotificationKind = "ready" | (typeof EXPIRY_WARNINGS)[number]["kind"];

/** Warnings looked at per cron run (the rest wait for the next hourly run). */
export const WARNINGS_PER_RUN = 500;

/** Active demos given their daily synthetic activity per transaction (one set-based call each). */
export const DAILY_ACTIVITY_BATCH_SIZE = 500;

/**
 * How long one run keeps giving demos their daily activity before leaving the rest to the next hourly
 * run (the day has 24): at about 5 ms per demo, 60 s is some 12,000 demos, and a backlog of 50,000
 * active demos no longer pushes the run past the cron route's 300 s.
 */
export const DAILY_ACTIVITY_BUDGET_MS = 60 * 1000;

/** Demos purged per transaction (one set-based batch: mark, delete their product rows, audit). */
export const PURGE_BATCH_SIZE = 500;

/**
 * Purge batches in flight at once, each a transaction on its own connection (capped by
 * DATABASE_POOL_MAX): PostgreSQL deletes one batch per core, so two keep a 2-core database busy.
 */
export const PURGE_CONCURRENCY = 2;

/**
 * How long one run keeps purging batches before leaving the rest to the next run: well inside the
 * cron route's 300 s, with room for the other steps.
 */
export const PURGE_BUDGET_MS = 180 * 1000;

/** Outbox retry backoff: 1 min, 2 min, 4 min… capped at 6 h, then jittered down by up to half. */
export const OUTBOX_BACKOFF_BASE_MS = 60 * 1000;
export const OUTBOX_BACKOFF_MAX_MS = 6 * 60 * 60 * 1000;
/** How long a claimed outbox event is reserved for the run delivering it before another may retry it. */
export const OUTBOX_LEASE_MS = 5 * 60 * 1000;
/** Per-request timeout of a webhook delivery. */
export const OUTBOX_REQUEST_TIMEOUT_MS = 10 * 1000;
/** Events delivered per cron run at most (bounds the run's duration). */
export const OUTBOX_EVENTS_PER_RUN = 500;

/**
 * The wait before retrying an outbox event that has now failed `attempts` times (≥ 1): exponential
 * (base × 2^(attempts−1)), capped at OUTBOX_BACKOFF_MAX_MS, with "equal jitter" — a random point in the
 * upper half — so that many failed events do not retry in lockstep.
 * @param random a number in [0, 1) (injectable for tests).
 * @returns milliseconds, in [capped / 2, capped].
 */
export function outboxBackoffMs(attempts: number, random: number = Math.random()): number {
  const capped = Math.min(OUTBOX_BACKOFF_MAX_MS, OUTBOX_BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(capped / 2 + (capped / 2) * random);
}

/** Retention: how long ago an expired or terminated demo must have ended to be purged, from `days`. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** demo_events types that record the lifecycle, not the prospect's own activity (logins, page views…). */
export const LIFECYCLE_EVENT_TYPES = [
  "created",
  "extended",
  "terminated",
  "expired",
  "reset",
  "reissued",
  "converted",
  "purged",
  "warning_sent",
  "cap_hit",
  // Sales refusing a request for more time (docs/engagement.md#more-time) is not the prospect's activity.
  "extension_denied",
];
