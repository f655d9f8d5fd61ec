import { describe, expect, it } from "vitest";
import { contrastWithWhite, isHexColor, relativeLuminance } from "./contrast";

describe("theme colour contrast", () => {
  it("measures white text on the theme colour as WCAG does", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 5);
    expect(contrastWithWhite("#2563eb")).toBeCloseTo(5.17, 2);
    expect(contrastWithWhite("#facc15")).toBeLessThan(4.5);
  });

  it("accepts only #rrggbb", () => {
    expect(isHexColor("#0F766e")).toBe(true);
    expect(isHexColor("#fff")).toBe(false);
    expect(isHexColor("0f766e")).toBe(false);
  });
});
