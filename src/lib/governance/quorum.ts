import { type Ppm, shareOf, sumPpm, TOTAL_PPM } from "./coefficients";

export type QuorumResult = {
  /** Sum of the coefficients present, in ppm. */
  presentCoefficient: Ppm;
  /** Present coefficients as a share of the building, in ppm (units of 0.0001 %). */
  percentPresent: Ppm;
  /** True when strictly more than half of the building's coefficients are present. */
  met: boolean;
};

/**
 * Deliberative quorum of a PH assembly. Ley 675 de 2001 art. 45: the general assembly meets and
 * decides with owners who represent *more than half* of the ownership coefficients — exactly 50 % is
 * not enough. The comparison is made on the exact integers, never on the rounded percentage.
 * (Art. 45 also asks for a plural number of owners; this function weighs coefficients only.)
 * @param presentCoefficients coefficients of the units present (in person or by proxy), in ppm.
 * @param totalCoefficient the building's total, in ppm; 1_000_000 when the coefficients sum to 100 %.
 * @throws RangeError when a value is not a non-negative integer, or more is present than exists.
 */
export function computeQuorum(presentCoefficients: readonly Ppm[], totalCoefficient: Ppm = TOTAL_PPM): QuorumResult {
  const presentCoefficient = sumPpm(presentCoefficients);
  if (presentCoefficient > totalCoefficient) {
    throw new RangeError(`computeQuorum: present ${presentCoefficient} exceeds the total ${totalCoefficient}`);
  }
  return {
    presentCoefficient,
    percentPresent: shareOf(presentCoefficient, totalCoefficient),
    met: presentCoefficient * 2 > totalCoefficient,
  };
}
