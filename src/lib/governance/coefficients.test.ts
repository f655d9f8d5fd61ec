import { describe, expect, it } from "vitest";
import { apportionByArea, percentToPpm, ppmToPercent, shareOf, sumPpm, TOTAL_PPM } from "./coefficients";

describe("percentToPpm / ppmToPercent", () => {
  it("convert exactly, without float drift", () => {
    expect(percentToPpm("2.1234")).toBe(21_234);
    expect(percentToPpm("100.0000")).toBe(TOTAL_PPM);
    expect(percentToPpm("0.1")).toBe(1_000);
    expect(percentToPpm("7")).toBe(70_000);
    expect(ppmToPercent(21_234)).toBe("2.1234");
    expect(ppmToPercent(1)).toBe("0.0001");
    expect(ppmToPercent(TOTAL_PPM)).toBe("100.0000");
    // 0.1 + 0.2 drifts as floats; as ppm it is exact.
    expect(ppmToPercent(percentToPpm("0.1") + percentToPpm("0.2"))).toBe("0.3000");
  });

  it("reject what is not a percentage with at most 4 decimals", () => {
    for (const text of ["", "-1", "1.23456", "abc", "1e3"]) expect(() => percentToPpm(text)).toThrow(RangeError);
    expect(() => ppmToPercent(1.5)).toThrow(RangeError);
    expect(() => ppmToPercent(-1)).toThrow(RangeError);
  });
});

describe("shareOf", () => {
  it("rounds half up to 0.0001 %", () => {
    expect(shareOf(1, 3)).toBe(333_333);
    expect(shareOf(2, 3)).toBe(666_667);
    expect(shareOf(500_000, TOTAL_PPM)).toBe(500_000);
    expect(shareOf(0, 0)).toBe(0);
  });
});

describe("apportionByArea", () => {
  it("sums to exactly 100 % even when every quota has a remainder", () => {
    const parts = apportionByArea([1, 1, 1]);
    expect(parts).toEqual([333_334, 333_333, 333_333]);
    expect(sumPpm(parts)).toBe(TOTAL_PPM);
  });

  it("is proportional to area, the largest remainders getting the leftover", () => {
    const areas = [5_840, 7_210, 8_560, 6_430, 9_680, 12_100];
    const parts = apportionByArea(areas);
    expect(sumPpm(parts)).toBe(TOTAL_PPM);
    const areaSum = areas.reduce((a, b) => a + b, 0);
    areas.forEach((area, i) => expect(Math.abs(parts[i]! - (area * TOTAL_PPM) / areaSum)).toBeLessThan(1));
  });

  it("refuses areas that cannot be apportioned", () => {
    expect(() => apportionByArea([0, 0])).toThrow(RangeError);
    expect(() => apportionByArea([10, -1])).toThrow(RangeError);
    expect(() => apportionByArea([10.5])).toThrow(RangeError);
  });
});
