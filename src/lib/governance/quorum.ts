import { type Ppm, shareOf, sumPpm, TOTAL_PPM } from "./coefficients";

/**
 * Which call (convocatoria) a session is held on. A first call needs the quorum of Ley 675 de 2001
 * art. 45; a second call (art. 41), held because the first had no quorum, meets with any plural
 * number of owners whatever their coefficients.
 */
export type AssemblyCall = "first" | "second";

export type QuorumResult = {
  /** Sum of the coefficients present, in ppm. */
  presentCoefficient: Ppm;
  /** Present coefficients as a share of the building, in ppm (units of 0.0001 %). */
  percentPresent: Ppm;
  /** True when the session may deliberate and decide (see `computeQuorum`). */
  met: boolean;
};

/**
 * Smallest "número plural de propietarios" (Ley 675 de 2001 arts. 41 and 45): two units present or
 * represented. Each unit counts as one owner (art. 37 parágrafo: co-owners of one unit vote through a
 * single representative).
 */
export const PLURAL_OWNERS = 2;

/**
 * Deliberative quorum of a PH assembly, on the exact integers (never on the rounded percentage).
 * - first call — Ley 675 de 2001 **art. 45**: a *plural number* of owners (at least two units) who
 *   represent *more than half* of the coefficients; exactly 50 % is not enough.
 * - second call — **art. 41**: a plural number of owners, "cualquiera que sea el porcentaje de
 *   coeficientes representados".
 * A unit counts once whether its owner attends or is represented by proxy (art. 45: "presentes o
 * representados").
 * @param presentCoefficients coefficients of the units present (in person or by proxy), one per unit, in ppm.
 * @param totalCoefficient the building's total, in ppm; 1_000_000 when the coefficients sum to 100 %.
 * @param call "first" (default) or "second".
 * @throws RangeError when a value is not a non-negative integer, or more is present than exists.
 */
export function computeQuorum(
  presentCoefficients: readonly Ppm[],
  totalCoefficient: Ppm = TOTAL_PPM,
  call: AssemblyCall = "first",
): QuorumResult {
  const presentCoefficient = sumPpm(presentCoefficients);
  if (presentCoefficient > totalCoefficient) {
    throw new RangeError(`computeQuorum: present ${presentCoefficient} exceeds the total ${totalCoefficient}`);
  }
  const plural = presentCoefficients.length >= PLURAL_OWNERS;
  return {
    presentCoefficient,
    percentPresent: shareOf(presentCoefficient, totalCoefficient),
    met: plural && (call === "second" || presentCoefficient * 2 > totalCoefficient),
  };
}
