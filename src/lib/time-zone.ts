/**
 * The app's one time zone: Colombia's (America/Bogota), in which every date and time is shown, typed
 * and grouped by day. Colombia is UTC−5 all year, without daylight saving, so a fixed offset is exact.
 * Client-safe (no server imports).
 */
export const APP_TIME_ZONE = "America/Bogota";

/** Bogotá's offset in ISO 8601 form. */
export const BOGOTA_OFFSET = "-05:00";

/** Bogotá's offset from UTC in milliseconds (−5 h): UTC + offset = the wall clock in Bogotá. */
export const BOGOTA_OFFSET_MS = -5 * 3_600_000;

/** `instant` shifted so that its UTC fields (`getUTCDate`, `getUTCHours`, …) read Bogotá's wall clock. */
export function bogotaWallClock(instant: Date): Date {
  return new Date(instant.getTime() + BOGOTA_OFFSET_MS);
}

/** The Bogotá calendar day of `instant`, "YYYY-MM-DD" (2026-12-02T03:00Z → "2026-12-01"). */
export function bogotaDate(instant: Date): string {
  return bogotaWallClock(instant).toISOString().slice(0, 10);
}

/** The instant a Bogotá wall-clock time names: ("2026-12-01", "19:00") → 2026-12-02T00:00:00Z. */
export function bogotaInstant(day: string, time = "00:00"): Date {
  return new Date(`${day}T${time}:00${BOGOTA_OFFSET}`);
}

/** The value of an `<input type="datetime-local">` ("2026-12-01T19:00") for an instant, in Bogotá time. */
export function toBogotaInputValue(value: Date): string {
  return bogotaWallClock(value).toISOString().slice(0, 16);
}

/** "2026-12-01T19:00" typed in Bogotá time → "2026-12-01T19:00:00-05:00"; "" stays "" (the schema refuses it). */
export function fromBogotaInputValue(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00${BOGOTA_OFFSET}` : value;
}
