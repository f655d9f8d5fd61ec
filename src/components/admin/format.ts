/** Formatting and search-param helpers of the sales console (client-safe). */
import { APP_TIME_ZONE, bogotaInstant } from "@/lib/time-zone";
import type { Locale } from "@/lib/i18n";

/** "12 mar 2026, 3:04 p. m." in Bogotá time; "—" when absent. */
export function formatDateTime(locale: Locale, value: Date | string | null | undefined): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale === "es" ? "es-CO" : "en-US", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: APP_TIME_ZONE,
  }).format(new Date(value));
}

/** "12 mar 2026" in Bogotá time; "—" when absent. */
export function formatDay(locale: Locale, value: Date | string | null | undefined): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale === "es" ? "es-CO" : "en-US", { dateStyle: "medium", timeZone: APP_TIME_ZONE }).format(
    new Date(value),
  );
}

/** A value of the `before`/`after` JSON of an audit entry, compact ("extensions_used: 0"). */
export function formatJson(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "object") return String(value);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "—";
  return entries.map(([k, v]) => `${k}: ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`).join(" · ");
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of every search param (forms send one each). */
export function flattenParams(params: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `from`/`to` as the date inputs send them (calendar days, `to` inclusive) → instants of the
 * half-open range [from 00:00, day after `to` 00:00) in Bogotá time. Other values pass through.
 */
export function withDayRange(params: Record<string, string>): Record<string, string> {
  const out = { ...params };
  if (out.from && DATE_ONLY.test(out.from)) {
    const start = bogotaInstant(out.from).getTime();
    // An impossible day ("2026-02-31") stays as sent, for the schema to refuse.
    if (!Number.isNaN(start)) out.from = new Date(start).toISOString();
  }
  if (out.to && DATE_ONLY.test(out.to)) {
    const end = bogotaInstant(out.to).getTime() + 24 * 60 * 60 * 1000;
    if (!Number.isNaN(end)) out.to = new Date(end).toISOString();
  }
  return out;
}

/** `?a=1&b=2` of the non-empty params, with `overrides` applied (undefined removes). */
export function queryString(params: Record<string, string>, overrides: Record<string, string | undefined> = {}): string {
  const merged: Record<string, string | undefined> = { ...params, ...overrides };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
