import { describe, expect, it } from "vitest";
import { percentToPpm } from "./coefficients";
import { computeQuorum } from "./quorum";
import { TOTAL_PPM } from "./coefficients";

describe("computeQuorum (Ley 675 art. 45: more than half of the coefficients)", () => {
  it("is met above 50 % and reports the share present", () => {
    const result = computeQuorum(["30.0000", "20.0001"].map(percentToPpm));
    expect(result).toEqual({ presentCoefficient: 500_001, percentPresent: 500_001, met: true });
  });

  it("is not met at exactly 50 % or below", () => {
    expect(computeQuorum([250_000, 250_000]).met).toBe(false);
    expect(computeQuorum([410_000]).met).toBe(false);
    expect(computeQuorum([]).percentPresent).toBe(0);
  });

  it("measures against the given total when coefficients are not on a 100 % base", () => {
    expect(computeQuorum([3, 1], 6)).toEqual({ presentCoefficient: 4, percentPresent: 666_667, met: true });
    expect(computeQuorum([3], 6).met).toBe(false);
  });

  it("refuses more coefficient present than the building has", () => {
    expect(() => computeQuorum([600_000, 600_000])).toThrow(RangeError);
  });

  it("needs a plural number of owners (art. 45): one unit holding most coefficients is not a quorum", () => {
    expect(computeQuorum([800_000]).met).toBe(false);
    expect(computeQuorum([800_000, 1]).met).toBe(true);
  });
});

describe("computeQuorum on a second call (Ley 675 art. 41: any plural number of owners)", () => {
  it("is met by two units whatever their coefficients", () => {
    expect(computeQuorum([10_000, 5_000], TOTAL_PPM, "second")).toEqual({ presentCoefficient: 15_000, percentPresent: 15_000, met: true });
  });

  it("is not met by one unit alone", () => {
    expect(computeQuorum([900_000], TOTAL_PPM, "second").met).toBe(false);
  });
});
