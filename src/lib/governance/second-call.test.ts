import { describe, expect, it } from "vitest";
import { isBusinessDay, secondCallAt } from "./second-call";

describe("secondCallAt (Ley 675 art. 41: third business day after, at 8:00 p.m.)", () => {
  it("counts three weekdays from a Tuesday first call", () => {
    // Tuesday 3 March 2026, 7:00 p.m. Bogotá → Friday 6 March, 8:00 p.m. Bogotá (01:00 UTC next day).
    expect(secondCallAt(new Date("2026-03-03T19:00:00-05:00")).toISOString()).toBe("2026-03-07T01:00:00.000Z");
  });

  it("skips the weekend", () => {
    // Thursday 5 March 2026 → Fri 6, Mon 9, Tue 10.
    expect(secondCallAt(new Date("2026-03-05T19:00:00-05:00")).toISOString()).toBe("2026-03-11T01:00:00.000Z");
  });

  it("skips Colombian holidays (Ley 51 de 1983)", () => {
    // Monday 23 March 2026 is a holiday (San José, moved). Friday 20 March → Tue 24, Wed 25, Thu 26.
    expect(isBusinessDay(new Date(Date.UTC(2026, 2, 23)))).toBe(false);
    expect(secondCallAt(new Date("2026-03-20T19:00:00-05:00")).toISOString()).toBe("2026-03-27T01:00:00.000Z");
  });

  it("reads the first call's day in Bogotá time, not UTC", () => {
    // 9:30 p.m. Tuesday in Bogotá is already Wednesday in UTC; the count still starts on Tuesday.
    expect(secondCallAt(new Date("2026-03-03T21:30:00-05:00")).toISOString()).toBe("2026-03-07T01:00:00.000Z");
  });
});
