/**
 * The demo's content clock (docs/rules.md#scenarios-and-seed-content): a demo's content reads "now" as
 * the real time plus `organizations.content_clock_offset_days` whole days, which "Avanzar 30 días"
 * (time travel) moves forward. The demo's own expiry (`demo_expires_at`) and everything about the demo
 * as a product (sessions, warnings, retention) keep the real time.
 */

/** Most days a demo's content clock may run ahead of the real time (three steps of 30 days). */
export const MAX_CONTENT_CLOCK_OFFSET_DAYS = 90;

/** Share (in %) of units up to date that fall behind with each step of time travel. */
export const FALL_BEHIND_PERCENT = 10;
/** Share (in %) of units in arrears that catch up (pay) with each step of time travel. */
export const CATCH_UP_PERCENT = 45;
/** A scheduled assembly this many days ahead of the content clock or closer gets a reminder. */
export const ASSEMBLY_REMINDER_DAYS = 15;

const DAY_MS = 86_400_000;

/** The instant the demo's content takes as "now": `now` moved `offsetDays` whole days forward. */
export function contentNow(now: Date, offsetDays: number): Date {
  return new Date(now.getTime() + offsetDays * DAY_MS);
}
