import { describe, expect, it } from "vitest";
import { computeQuorum } from "./quorum";
import { isApproved, tallyVote, type WeightedVote } from "./vote";

function votes(...list: [WeightedVote["choice"], number][]): WeightedVote[] {
  return list.map(([choice, coefficient]) => ({ choice, coefficient }));
}

describe("tallyVote — simple majority (Ley 675 art. 45)", () => {
  it("weighs by coefficient, not by head count", () => {
    // Two small units say no, one large unit says yes: the coefficient decides.
    const tally = tallyVote(votes(["yes", 400_000], ["no", 100_000], ["no", 100_000]), "simple", 600_000);
    expect(tally).toMatchObject({ yes: 400_000, no: 200_000, abstain: 0, yesPercent: 666_667, noPercent: 333_333, passed: true });
    expect(tally.yesPercentOfBuilding).toBe(400_000);
  });

  it("does not pass on a tie", () => {
    expect(tallyVote(votes(["yes", 300_000], ["no", 300_000]), "simple", 600_000).passed).toBe(false);
  });

  it("counts abstentions as present but not as yes", () => {
    // yes beats no, but is not more than half of what is present.
    const tally = tallyVote(votes(["yes", 280_000], ["no", 120_000], ["abstain", 200_000]), "simple", 600_000);
    expect(tally.abstainPercent).toBe(333_333);
    expect(tally.passed).toBe(false);
    // the same votes without the abstention pass
    expect(tallyVote(votes(["yes", 280_000], ["no", 120_000]), "simple", 400_000).passed).toBe(true);
  });

  it("keeps present units that did not vote in the base", () => {
    const tally = tallyVote(votes(["yes", 300_000]), "simple", 600_000);
    expect(tally.yesPercent).toBe(500_000);
    expect(tally.passed).toBe(false);
  });
});

describe("tallyVote — qualified majority (Ley 675 art. 46: 70 % of the whole building)", () => {
  it("passes at exactly 70 % of all coefficients", () => {
    expect(tallyVote(votes(["yes", 700_000], ["no", 100_000]), "qualified", 800_000).passed).toBe(true);
    expect(tallyVote(votes(["yes", 699_999], ["no", 100_001]), "qualified", 800_000).passed).toBe(false);
  });

  it("fails on a unanimous room that holds less than 70 % of the building", () => {
    const tally = tallyVote(votes(["yes", 650_000]), "qualified", 650_000);
    expect(tally.yesPercent).toBe(1_000_000);
    expect(tally.yesPercentOfBuilding).toBe(650_000);
    expect(tally.passed).toBe(false);
  });
});

describe("tallyVote — invalid input", () => {
  it("refuses votes heavier than the coefficients present", () => {
    expect(() => tallyVote(votes(["yes", 400_000], ["no", 300_000]), "simple", 600_000)).toThrow(RangeError);
  });

  it("refuses fractional or negative coefficients", () => {
    expect(() => tallyVote(votes(["yes", 0.5]), "simple", 1)).toThrow(RangeError);
    expect(() => tallyVote(votes(["yes", -1]), "simple", 1)).toThrow(RangeError);
  });
});

describe("isApproved — no decision without quorum (art. 45), the same 70 % on a second call (arts. 41, 46 parágrafo)", () => {
  it("refuses a passing tally when the session has no quorum", () => {
    const tally = tallyVote(votes(["yes", 300_000], ["no", 100_000]), "simple", 400_000);
    expect(tally.passed).toBe(true);
    expect(isApproved(tally, computeQuorum([300_000, 100_000]))).toBe(false);
  });

  it("approves a simple item on a second call with a small plural attendance", () => {
    const quorum = computeQuorum([60_000, 40_000], 1_000_000, "second");
    expect(isApproved(tallyVote(votes(["yes", 60_000], ["no", 40_000]), "simple", 100_000), quorum)).toBe(true);
  });

  it("refuses a qualified item on a second call unless 70 % of ALL coefficients vote yes", () => {
    const small = computeQuorum([60_000, 40_000], 1_000_000, "second");
    expect(isApproved(tallyVote(votes(["yes", 60_000], ["yes", 40_000]), "qualified", 100_000), small)).toBe(false);
    const large = computeQuorum([400_000, 300_000], 1_000_000, "second");
    expect(isApproved(tallyVote(votes(["yes", 400_000], ["yes", 300_000]), "qualified", 700_000), large)).toBe(true);
  });
});
