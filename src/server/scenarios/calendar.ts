/**
 * Scenario time. Template dates are offsets in seconds from local midnight of the provisioning day
 * in Colombia, so an assembly stays at "7:00 p. m." whatever the hour the demo is created. Colombia
 * (America/Bogota) is UTC−5 all year, without daylight saving, so a fixed offset is exact.
 */

/** Seconds from local midnight of the provisioning day; negative is the past. */
export type Offset = number;

export const HOUR = 3_600;
export const DAY = 24 * HOUR;

const UTC_OFFSET_MS = -5 * HOUR * 1_000;
const DAY_MS = DAY * 1_000;

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

/** Epoch milliseconds of local (Colombian) midnight of the day `now` falls on. */
export function localDayStart(now: Date): number {
  return Math.floor((now.getTime() + UTC_OFFSET_MS) / DAY_MS) * DAY_MS - UTC_OFFSET_MS;
}

/** The instant `offset` seconds after local midnight `dayStart` (from `localDayStart`). */
export function atOffset(dayStart: number, offset: Offset): Date {
  return new Date(dayStart + offset * 1_000);
}

/** A date as Colombian minutes write it: "14 de marzo de 2026". */
export function formatLongDate(date: Date): string {
  const local = new Date(date.getTime() + UTC_OFFSET_MS);
  return `${local.getUTCDate()} de ${MONTHS[local.getUTCMonth()]} de ${local.getUTCFullYear()}`;
}

/** A local time of day as Colombian minutes write it: "7:00 p. m.". */
export function formatTimeOfDay(offset: Offset): string {
  const minutes = Math.floor((((offset % DAY) + DAY) % DAY) / 60);
  const hours24 = Math.floor(minutes / 60);
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${String(minutes % 60).padStart(2, "0")} ${hours24 < 12 ? "a. m." : "p. m."}`;
}
