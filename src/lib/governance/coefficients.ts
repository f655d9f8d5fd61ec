/**
 * Ownership coefficients as exact integers.
 *
 * A coefficient (coeficiente de copropiedad, Ley 675 de 2001 arts. 25–27) is a percentage with four
 * decimals, stored as DECIMAL(7, 4). Summing such values as JavaScript floats drifts (0.1 + 0.2), and
 * a building whose coefficients add up to 99.99999999 % breaks every quorum check, so all governance
 * maths uses integers in units of 0.0001 % — parts per million of the building: 100 % = 1_000_000.
 */

/** An integer amount of coefficient or percentage in units of 0.0001 % (1 ppm of the whole). */
export type Ppm = number;

/** The whole building: 100.0000 % of the coefficients. */
export const TOTAL_PPM: Ppm = 1_000_000;

const PERCENT_TEXT = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/**
 * Parses a percentage with at most four decimals ("2.1234", "100", or what Prisma's Decimal prints)
 * into ppm without going through a float: "2.1234" → 21234.
 * @throws RangeError when the text is not a non-negative percentage with at most 4 decimals.
 */
export function percentToPpm(percent: string): Ppm {
  const match = PERCENT_TEXT.exec(percent.trim());
  if (!match) throw new RangeError(`not a percentage with at most 4 decimals: "${percent}"`);
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, "0"));
}

/**
 * Formats ppm as the percentage text the database stores (DECIMAL(7, 4)): 21234 → "2.1234",
 * 1_000_000 → "100.0000".
 * @throws RangeError when `ppm` is not a non-negative integer.
 */
export function ppmToPercent(ppm: Ppm): string {
  assertPpm(ppm);
  return `${Math.floor(ppm / 10_000)}.${String(ppm % 10_000).padStart(4, "0")}`;
}

/**
 * `part` as a share of `whole`, in ppm (so a percentage with 4 decimals), rounded half up:
 * shareOf(1, 3) → 333333 (33.3333 %). A zero `whole` gives 0 rather than NaN: nobody present means
 * nothing was represented.
 * @throws RangeError when either value is not a non-negative integer.
 */
export function shareOf(part: Ppm, whole: Ppm): Ppm {
  assertPpm(part);
  assertPpm(whole);
  if (whole === 0) return 0;
  return Math.floor((part * TOTAL_PPM * 2 + whole) / (whole * 2));
}

/**
 * Splits `total` ppm (normally the whole building) among units in proportion to their private
 * area — the criterion of Ley 675 de 2001 art. 27 — so that the parts sum to exactly `total`.
 * Largest-remainder (Hamilton) rounding: each unit gets the floor of its exact quota, and the ppm
 * left over go one each to the largest remainders, ties to the earlier unit.
 * @param areas non-negative integer areas in any fixed unit (e.g. hundredths of m²), one per unit.
 * @returns one integer ppm per area, in the same order, summing to `total`.
 * @throws RangeError when an area is not a non-negative integer or all areas are zero.
 */
export function apportionByArea(areas: readonly number[], total: Ppm = TOTAL_PPM): Ppm[] {
  assertPpm(total);
  for (const area of areas) assertPpm(area);
  const areaSum = areas.reduce((sum, area) => sum + area, 0);
  if (areaSum === 0) throw new RangeError("apportionByArea: the areas sum to zero");

  const shares = areas.map((area, index) => ({
    index,
    ppm: Math.floor((area * total) / areaSum),
    remainder: (area * total) % areaSum,
  }));
  let leftover = total - shares.reduce((sum, share) => sum + share.ppm, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (leftover === 0) break;
    share.ppm += 1;
    leftover -= 1;
  }
  return shares.map((share) => share.ppm);
}

/** Sums integer ppm amounts (attending units' coefficients, votes). */
export function sumPpm(values: readonly Ppm[]): Ppm {
  return values.reduce((sum, value) => sum + value, 0);
}

function assertPpm(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`expected a non-negative integer, got ${value}`);
}
