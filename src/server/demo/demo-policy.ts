/** Lifecycle rules of a per-email demo (DESIGN.md §2 and §6). */
export const DEMO_TTL_DAYS = 15; // demo_expires_at = created + 15 days
export const DAY_MS = 24 * 60 * 60 * 1000;

/** When a demo created at `now` expires. */
export function demoExpiryFrom(now: Date): Date {
  return new Date(now.getTime() + DEMO_TTL_DAYS * DAY_MS);
}

/**
 * Whether an organization counts as *vencido* at `now`: terminated or marked expired, or a demo past
 * its `demo_expires_at` even if the cron has not marked it yet. A demo without expiry (the shared QA
 * demo) never expires by date.
 */
export function isOrganizationExpired(org: { isDemo: boolean; status: string; demoExpiresAt: Date | null }, now = new Date()): boolean {
  if (org.status === "expired" || org.status === "terminated") return true;
  return org.isDemo && org.demoExpiresAt !== null && org.demoExpiresAt.getTime() <= now.getTime();
}
