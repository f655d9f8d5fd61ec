import { DAY_MS, latestDemoExpiry } from "@/server/demo/demo-policy";

/**
 * Days a request for more time asks for (docs/engagement.md#more-time): the demo then expires
 * MORE_TIME_DAYS after the later of its expiry and now, within the extend caps (2 extensions, 30 days
 * beyond the original 15 — docs/rules.md#sales-console).
 */
export const MORE_TIME_DAYS = 7;

/**
 * The whole days to add to `current` (the demo's expiry) so that it expires MORE_TIME_DAYS after the
 * later of `current` and `now` — for an expired demo, counted from today — capped by the days left
 * before `latestDemoExpiry(createdAt)`.
 * @returns days ≥ 1, or 0 when no extension could leave the demo unexpired within the cap.
 */
export function moreTimeDays({
  createdAt,
  current,
  now,
  wanted = MORE_TIME_DAYS,
}: {
  createdAt: Date;
  current: Date;
  now: Date;
  wanted?: number;
}): number {
  const catchUp = current > now ? 0 : Math.floor((now.getTime() - current.getTime()) / DAY_MS) + 1;
  const left = Math.floor((latestDemoExpiry(createdAt).getTime() - current.getTime()) / DAY_MS);
  const days = Math.min(catchUp + wanted, left);
  return days >= Math.max(1, catchUp) ? days : 0;
}
