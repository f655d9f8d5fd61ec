import { describe, expect, it } from "vitest";
import { ENGAGED_SCORE, ENGAGEMENT_THRESHOLDS, ENGAGEMENT_WEIGHTS, engagementLevel, engagementScore } from "./score";
import { ONBOARDING_ITEMS } from "./onboarding-items";

const none = { logins: 0, activeDays: 0, checklistDone: 0, features: 0, shareLinkViews: 0 };

describe("engagementScore (docs/engagement.md#the-engagement-score)", () => {
  it("is 0 for a demo nobody used and 100 when every signal reaches its cap", () => {
    expect(engagementScore(none)).toBe(0);
    expect(engagementScore({ logins: 3, activeDays: 4, checklistDone: 7, features: 5, shareLinkViews: 3 })).toBe(100);
  });

  it("gives each signal its points per unit: 5 a login, 5 an active day, 5 a checklist item, 3 a feature, 5 a shared-link view", () => {
    expect(engagementScore({ ...none, logins: 1 })).toBe(5);
    expect(engagementScore({ ...none, activeDays: 2 })).toBe(10);
    expect(engagementScore({ ...none, checklistDone: 3 })).toBe(15);
    expect(engagementScore({ ...none, features: 2 })).toBe(6);
    expect(engagementScore({ ...none, shareLinkViews: 1 })).toBe(5);
  });

  it("caps each signal, so no single one can make a lead hot and the total never passes 100", () => {
    expect(engagementScore({ ...none, logins: 50 })).toBe(15);
    expect(engagementScore({ ...none, activeDays: 30 })).toBe(20);
    expect(engagementScore({ ...none, features: 8 })).toBe(15);
    expect(engagementScore({ ...none, shareLinkViews: 400 })).toBe(15);
    expect(engagementScore({ logins: 99, activeDays: 99, checklistDone: 99, features: 99, shareLinkViews: 99 })).toBe(100);
    for (const { points, cap } of Object.values(ENGAGEMENT_WEIGHTS)) expect(points * cap).toBeLessThan(ENGAGEMENT_THRESHOLDS[1]!.score);
  });

  it("treats negative or fractional counts as whole, non-negative ones", () => {
    expect(engagementScore({ ...none, logins: -4, features: 2.9 })).toBe(6);
  });

  it("has one checklist point slot per guided-checklist item (5–7 items)", () => {
    expect(ENGAGEMENT_WEIGHTS.checklistDone.cap).toBe(ONBOARDING_ITEMS.length);
    expect(ONBOARDING_ITEMS.length).toBeGreaterThanOrEqual(5);
    expect(ONBOARDING_ITEMS.length).toBeLessThanOrEqual(7);
  });
});

describe("thresholds", () => {
  it("labels cold below 40, warm from 40, hot from 70", () => {
    expect(engagementLevel(0)).toBe("cold");
    expect(engagementLevel(39)).toBe("cold");
    expect(engagementLevel(40)).toBe("warm");
    expect(engagementLevel(69)).toBe("warm");
    expect(engagementLevel(70)).toBe("hot");
    expect(engagementLevel(100)).toBe("hot");
  });

  it("counts a demo as engaged (auto-approved more time) from the warm threshold", () => {
    expect(ENGAGED_SCORE).toBe(40);
    expect(ENGAGEMENT_THRESHOLDS.map((t) => [t.level, t.score])).toEqual([
      ["warm", 40],
      ["hot", 70],
    ]);
  });

  it("a prospect who logs in on three days and does four checklist items is warm, not hot", () => {
    const score = engagementScore({ logins: 3, activeDays: 3, checklistDone: 4, features: 3, shareLinkViews: 0 });
    expect(score).toBe(15 + 15 + 20 + 9);
    expect(engagementLevel(score)).toBe("warm");
  });
});
