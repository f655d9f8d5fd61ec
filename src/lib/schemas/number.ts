import { z } from "zod";

/**
 * A whole number from `min` to `max` (inclusive) given as a JSON number; every failure (not a number,
 * a fraction, out of range) reports `error` (a message code such as "invalid_days").
 */
export function wholeNumber(min: number, max: number, error: string) {
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** Like `wholeNumber`, but also takes the number as text ("15", from a form field or a query string). */
export function wholeNumberText(min: number, max: number, error: string) {
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}
