import { type Ppm, shareOf, TOTAL_PPM } from "./coefficients";
import type { QuorumResult } from "./quorum";

export type VoteChoice = "yes" | "no" | "abstain";
export type MajorityRule = "simple" | "qualified";

/** One unit's vote, weighted by its coefficient (ppm). */
export type WeightedVote = { choice: VoteChoice; coefficient: Ppm };

export type VoteTally = {
  /** Coefficients (ppm) that voted each way. */
  yes: Ppm;
  no: Ppm;
  abstain: Ppm;
  /** Shares of the coefficients present, in ppm (units of 0.0001 %). Present units that did not vote count in the base. */
  yesPercent: Ppm;
  noPercent: Ppm;
  abstainPercent: Ppm;
  /** Yes as a share of all the building's coefficients, in ppm — what a qualified majority is measured against. */
  yesPercentOfBuilding: Ppm;
  passed: boolean;
};

/** Ley 675 de 2001 art. 46: qualified majority = 70 % of the coefficients that make up the building. */
const QUALIFIED_SHARE = { numerator: 7, denominator: 10 };

/**
 * Weighs an agenda item's votes by coefficient and decides it.
 * - simple (Ley 675 de 2001 art. 45): passes when yes is *more than half* of the coefficients present
 *   at the session. Abstentions, and present units that did not vote, count as present but not as
 *   yes — so they work against the motion. A tie (exactly 50 %) does not pass.
 * - qualified (art. 46 — e.g. reform of the bylaws, extraordinary fees above four monthly fees,
 *   change of coefficients): passes when yes is at least 70 % of ALL the building's coefficients,
 *   present or not.
 * All comparisons use the exact integers; the percentages are rounded only for display.
 * @param presentCoefficient coefficients present at the session (ppm), e.g. `computeQuorum(...).presentCoefficient`.
 * @param totalCoefficient the building's total (ppm); 1_000_000 when coefficients sum to 100 %.
 * @throws RangeError when a coefficient is not a non-negative integer, the votes exceed the
 *   coefficients present, or more is present than the building has.
 */
export function tallyVote(
  votes: readonly WeightedVote[],
  rule: MajorityRule,
  presentCoefficient: Ppm,
  totalCoefficient: Ppm = TOTAL_PPM,
): VoteTally {
  const sums = { yes: 0, no: 0, abstain: 0 };
  for (const vote of votes) {
    if (!Number.isSafeInteger(vote.coefficient) || vote.coefficient < 0) {
      throw new RangeError(`tallyVote: invalid coefficient ${vote.coefficient}`);
    }
    sums[vote.choice] += vote.coefficient;
  }
  if (sums.yes + sums.no + sums.abstain > presentCoefficient) {
    throw new RangeError("tallyVote: the votes weigh more than the coefficients present");
  }
  if (presentCoefficient > totalCoefficient) {
    throw new RangeError("tallyVote: more coefficients present than the building has");
  }

  const passed =
    rule === "simple"
      ? sums.yes * 2 > presentCoefficient
      : sums.yes * QUALIFIED_SHARE.denominator >= totalCoefficient * QUALIFIED_SHARE.numerator;
  return {
    ...sums,
    yesPercent: shareOf(sums.yes, presentCoefficient),
    noPercent: shareOf(sums.no, presentCoefficient),
    abstainPercent: shareOf(sums.abstain, presentCoefficient),
    yesPercentOfBuilding: shareOf(sums.yes, totalCoefficient),
    passed,
  };
}

/**
 * Whether an item is approved: its majority is met (`tallyVote`) AND the session has quorum — without
 * quorum the assembly decides nothing (Ley 675 de 2001 art. 45; in a second call the quorum is any
 * plural number of owners, art. 41). A qualified item held in a second call passes only when the 70 %
 * of ALL coefficients is reached (art. 46 parágrafo: "salvo que ... se obtenga la mayoría exigida"),
 * which `tallyVote` already measures against the whole building, so the same rule applies on both
 * calls.
 */
export function isApproved(tally: Pick<VoteTally, "passed">, quorum: Pick<QuorumResult, "met">): boolean {
  return tally.passed && quorum.met;
}
