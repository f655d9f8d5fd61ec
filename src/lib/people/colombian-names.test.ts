import { describe, expect, it } from "vitest";
import { FEMALE_GIVEN_NAMES, genderOfGivenName, MALE_GIVEN_NAMES } from "./colombian-names";

describe("genderOfGivenName", () => {
  it("reads every curated given name back with its gender", () => {
    for (const name of FEMALE_GIVEN_NAMES) expect(genderOfGivenName(`${name} Gómez Restrepo`)).toBe("female");
    for (const name of MALE_GIVEN_NAMES) expect(genderOfGivenName(`${name} Ospina Arango`)).toBe("male");
  });

  it("ignores accents and case, and falls back on the ending, then the generic masculine", () => {
    expect(genderOfGivenName("  MARIA fernanda ríos")).toBe("female");
    expect(genderOfGivenName("Julia Ramírez")).toBe("female");
    expect(genderOfGivenName("Ezequiel Toro")).toBe("male");
    expect(genderOfGivenName("")).toBe("male");
  });
});
