import { BOGOTA_OFFSET_MS, bogotaWallClock } from "@/lib/time-zone";

/**
 * Scenario time. Template dates are offsets in seconds from local midnight of the provisioning day
 * in Colombia, so an assembly stays at "7:00 p. m." whatever the hour the demo is created. Colombia
 * (America/Bogota) is UTC−5 all year, without daylight saving, so a fixed offset is exact (`@/lib/time-zone`).
 */

/** Seconds from local midnight of the provisioning day; negative is the past. */
export type Offset = number;

export const HOUR = 3_600;
export const DAY = 24 * HOUR;

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
  return Math.floor((now.getTime() + BOGOTA_OFFSET_MS) / DAY_MS) * DAY_MS - BOGOTA_OFFSET_MS;
}

/** The instant `offset` seconds after local midnight `dayStart` (from `localDayStart`). */
export function atOffset(dayStart: number, offset: Offset): Date {
  return new Date(dayStart + offset * 1_000);
}

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A date as the minutes write it, in Colombian time: "14 de marzo de 2026" (Spanish, the default) or
 * "March 14, 2026" (English). The template copy moves these texts with their assembly
 * (`demo_long_date` / `demo_long_date_en` in the migrations).
 */
export function formatLongDate(date: Date, locale: "es" | "en" = "es"): string {
  const local = bogotaWallClock(date);
  return locale === "en"
    ? `${ENGLISH_MONTHS[local.getUTCMonth()]} ${local.getUTCDate()}, ${local.getUTCFullYear()}`
    : `${local.getUTCDate()} de ${MONTHS[local.getUTCMonth()]} de ${local.getUTCFullYear()}`;
}

/** A local time of day as the minutes write it: "7:00 p. m." (Spanish, the default) or "7:00 PM" (English). */
export function formatTimeOfDay(offset: Offset, locale: "es" | "en" = "es"): string {
  const minutes = Math.floor((((offset % DAY) + DAY) % DAY) / 60);
  const hours24 = Math.floor(minutes / 60);
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  const suffix = locale === "en" ? (hours24 < 12 ? "AM" : "PM") : hours24 < 12 ? "a. m." : "p. m.";
  return `${hours12}:${String(minutes % 60).padStart(2, "0")} ${suffix}`;
}
