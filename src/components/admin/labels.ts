/**
 * Human labels for the codes the console shows (profiles, scenarios, event types, features, dashboard sections,
 * email kinds, audit fields), from the `adminLabels` namespace of the catalogues. A code without a label (a new
 * one) shows as it is, so nothing disappears.
 */
import { getTranslator, type Locale } from "@/lib/i18n";
import type { Messages } from "@/lib/i18n/messages.es";
import { formatDateTime } from "./format";

type LabelKind = "profile" | "scenario" | "event" | "feature" | "section" | "email" | "field";
type LabelKey = keyof Messages["adminLabels"];

/** The label of `code` of a `kind` ("urban-tower" → "Urban Tower (50 unidades)"), else the code itself. */
export function codeLabel(locale: Locale, kind: LabelKind, code: string | null | undefined): string {
  if (!code) return "—";
  const key = `${kind}_${code.replace(/-/g, "_")}`;
  const messages = getTranslator(locale, "adminLabels");
  return messages.has(key as LabelKey) ? messages(key as LabelKey) : code;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of an audit entry or an event's data, readable: dates in Bogotá time, yes/no, known codes labelled. */
function valueLabel(locale: Locale, field: string, value: unknown): string {
  const t = getTranslator(locale, "adminLabels");
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) return formatDateTime(locale, value);
    if (field === "scenario") return codeLabel(locale, "scenario", value);
    if (field === "feature") return codeLabel(locale, "feature", value);
    if (field === "path") return codeLabel(locale, "section", value);
    if (field === "kind") return codeLabel(locale, "email", value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => valueLabel(locale, field, v)).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k} ${valueLabel(locale, k, v)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * An audit entry's `before`/`after` or an event's `data` as "Estado: Activo · Vence: 12 mar 2026, 3:04 p. m."
 * instead of raw JSON; `statusLabel` words a demo status.
 */
export function describeData(locale: Locale, value: unknown, statusLabel: (status: string) => string): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "object" || Array.isArray(value)) return valueLabel(locale, "", value);
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length === 0) return "—";
  return entries
    .map(([k, v]) => {
      const shown = (k === "status" || k === "previousStatus") && typeof v === "string" ? statusLabel(v) : valueLabel(locale, k, v);
      return `${codeLabel(locale, "field", k)}: ${shown}`;
    })
    .join(" · ");
}
