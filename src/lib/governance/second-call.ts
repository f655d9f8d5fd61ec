import { isHoliday } from "colombian-holidays";
import { BOGOTA_OFFSET_MS, bogotaWallClock } from "@/lib/time-zone";

const DAY_MS = 86_400_000;
/** Ley 675 de 2001 art. 41: "a las ocho pasadas meridiano (8:00 p.m.)". */
const SECOND_CALL_HOUR = 20;
/** Ley 675 de 2001 art. 41: "el tercer día hábil siguiente". */
const BUSINESS_DAYS_AFTER = 3;

/**
 * True for a Colombian business day (día hábil): Monday to Friday and not a national holiday
 * (Ley 51 de 1983, as the `colombian-holidays` package computes them). Saturdays are not business
 * days here (docs/decisions/0044-second-call.md).
 * @param day any instant of the day, as UTC midnight of the Bogotá calendar date.
 */
export function isBusinessDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(day);
}

/**
 * When the second call (segunda convocatoria) of a failed first call meets — Ley 675 de 2001
 * **art. 41**: "se convocará a una nueva reunión que se realizará el tercer día hábil siguiente al de
 * la convocatoria inicial, a las ocho pasadas meridiano (8:00 p.m.)". The count starts from the day
 * the first call met (Bogotá calendar) and skips weekends and holidays (`isBusinessDay`). The
 * bylaws (reglamento) may set another date; the app does not model that.
 * @param firstCallAt when the first call met (or was scheduled to meet).
 * @returns the instant 8:00 p. m. Bogotá time of the third business day after it.
 */
export function secondCallAt(firstCallAt: Date): Date {
  const local = bogotaWallClock(firstCallAt);
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  for (let found = 0; found < BUSINESS_DAYS_AFTER;) {
    day += DAY_MS;
    if (isBusinessDay(new Date(day))) found += 1;
  }
  return new Date(day + SECOND_CALL_HOUR * 3_600_000 - BOGOTA_OFFSET_MS);
}
