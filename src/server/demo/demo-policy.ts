/** Lifecycle rules of a per-email demo (docs/rules.md#demo-request and docs/rules.md#demo-lifecycle). */
export const DEMO_TTL_DAYS = 15; // demo_expires_at = created + 15 days
export const DAY_MS = 24 * 60 * 60 * 1000;

/** When a demo created at `now` expires: `days` later (default DEMO_TTL_DAYS; sales may choose 1–30, docs/sales.md). */
export function demoExpiryFrom(now: Date, days: number = DEMO_TTL_DAYS): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

/**
 * Whether an organization counts as *vencido* at `now`: terminated or marked expired, or a demo past
 * its `demo_expires_at` even if the cron has not marked it yet. A demo without expiry (the shared QA
 * demo) never expires by date, and a converted one (a customer) never expires at all: its
 * `demo_expires_at` only records when the trial would have ended (docs/rules.md#demo-lifecycle).
 */
export function isOrganizationExpired(org: { isDemo: boolean; status: string; demoExpiresAt: Date | null }, now = new Date()): boolean {
  if (org.status === "converted") return false;
  if (org.status === "expired" || org.status === "terminated") return true;
  return org.isDemo && org.demoExpiresAt !== null && org.demoExpiresAt.getTime() <= now.getTime();
}

/**
 * Sales may extend a demo at most MAX_DEMO_EXTENSIONS times, adding at most MAX_EXTENSION_DAYS in total
 * beyond the original DEMO_TTL_DAYS (docs/rules.md#sales-console). Endless extension is a known abuse — a free,
 * never-ending tenant — so both limits hold whoever asks; past them, a prospect converts or is re-issued.
 */
export const MAX_DEMO_EXTENSIONS = 2;
export const MAX_EXTENSION_DAYS = 30;

/** The latest `demo_expires_at` extensions may reach: created + 15 + 30 days. */
export function latestDemoExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + (DEMO_TTL_DAYS + MAX_EXTENSION_DAYS) * DAY_MS);
}
