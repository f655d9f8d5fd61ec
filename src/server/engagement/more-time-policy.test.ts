import { describe, expect, it } from "vitest";
import { MORE_TIME_DAYS, moreTimeDays } from "./more-time-policy";

const DAY = 86_400_000;
const created = new Date("2026-11-01T15:00:00Z");
const at = (days: number) => new Date(created.getTime() + days * DAY);

describe("moreTimeDays (docs/engagement.md#more-time)", () => {
  it("adds 7 days to an active demo's expiry", () => {
    expect(moreTimeDays({ createdAt: created, current: at(15), now: at(10) })).toBe(MORE_TIME_DAYS);
  });

  it("counts from today for an expired demo, so it comes back with a week", () => {
    // Expired 3.5 days ago: 4 days to catch up past now, then 7.
    expect(moreTimeDays({ createdAt: created, current: at(15), now: at(18.5) })).toBe(11);
  });

  it("stops at the cap of 30 days beyond the original 15", () => {
    expect(moreTimeDays({ createdAt: created, current: at(40), now: at(39) })).toBe(5);
  });

  it("is 0 when no extension can leave the demo unexpired within the cap", () => {
    expect(moreTimeDays({ createdAt: created, current: at(45), now: at(44) })).toBe(0);
    expect(moreTimeDays({ createdAt: created, current: at(20), now: at(50) })).toBe(0);
  });
});
