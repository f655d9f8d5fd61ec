/**
 * The app's one time zone: Colombia's (America/Bogota), in which every date and time is shown, typed
 * and grouped by day. Colombia is UTC−5 all year, without daylight saving, so a fixed offset is exact.
 * Client-safe (no server imports).
 */
export const APP_TIME_ZONE = "America/Bogota";

/** Bogotá's offset in ISO 8601 form. */
export const BOGOTA_OFFSET = "-05:00";

const OFFSET_MS = -5 * 3_600_000;

/** The instant a Bogotá wall-clock time names: ("2026-12-01", "19:00") → 2026-12-02T00:00:00Z. */
export function bogotaInstant(day: string, time = "00:00"): Date {
  return new Date(`${day}T${time}:00${BOGOTA_OFFSET}`);
}

/** The value of an `<input type="datetime-local">` ("2026-12-01T19:00") for an instant, in Bogotá time. */
export function toBogotaInputValue(value: Date): string {
  return new Date(value.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** "2026-12-01T19:00" typed in Bogotá time → "2026-12-01T19:00:00-05:00"; "" stays "" (the schema refuses it). */
export function fromBogotaInputValue(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00${BOGOTA_OFFSET}` : value;
}
