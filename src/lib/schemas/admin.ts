/**
 * zod schemas of the sales console (docs/rules.md#sales-console): the bodies of the demo actions
 * (`POST /api/admin/demos/[organizationId]/{extend,terminate,reset,reissue,convert}`) and the list
 * filters the /admin pages read from their search params. Field messages are codes ("invalid_days").
 * List filters never throw: a malformed value falls back to its default (a hand-edited URL still
 * shows a page), so the pages can parse `searchParams` directly.
 */
import { z } from "zod";
import { wholeNumber } from "./number";
import { scenarioNames } from "@/lib/scenario-names";
import { plainText } from "./text";

/** An optional note for the audit log ("customer asked for more time before the board meeting"). */
const reason = plainText({ max: 500, error: "invalid_reason" })
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * Body of `extend`: whole days to add. The schema only bounds it loosely (1–365); the business caps
 * (2 extensions, 30 days beyond the original 15) answer 409 from `extendDemo`.
 */
export const extendDemoSchema = z.object({
  days: wholeNumber(1, 365, "invalid_days"),
  reason,
});
export type ExtendDemoInput = z.infer<typeof extendDemoSchema>;

/** Body of `terminate`, `reset` and `convert` (may be empty). */
export const demoActionSchema = z.object({ reason });
export type DemoActionInput = z.infer<typeof demoActionSchema>;

/**
 * Body of `POST /api/admin/leads/[leadId]/erase` (docs/rules.md#personal-data-ley-1581-de-2012): the confirmation
 * step — the holder's email typed again (compared with the lead's, without case or surrounding spaces) — and
 * an optional note for the audit log.
 */
export const eraseLeadSchema = z.object({
  confirmEmail: z.string({ error: "confirmation_required" }).trim().toLowerCase().min(1, { error: "confirmation_required" }).max(254, {
    error: "confirmation_mismatch",
  }),
  reason,
});
export type EraseLeadInput = z.infer<typeof eraseLeadSchema>;

/** Body of `reissue` (may be empty): the new demo's scenario, by default the old demo's. */
export const reissueDemoSchema = z.object({
  scenario: z.enum(scenarioNames, { error: "invalid_scenario" }).optional(),
  reason,
});
export type ReissueDemoInput = z.infer<typeof reissueDemoSchema>;

// ── List filters ──────────────────────────────────────────────────────────────────────────────────

export const funnelStages = ["new", "demo_requested", "demo_active", "converted", "lost"] as const;
/** A demo's status as the console shows it: `expired` includes active demos past their expiry. */
export const demoStatuses = ["active", "expired", "terminated", "converted"] as const;
export type DemoStatus = (typeof demoStatuses)[number];
/** Lead filter on its demo: a status, or `none` (no demo). */
export const leadDemoStatuses = [...demoStatuses, "none"] as const;
/** Demo filter: a status, or `purged` (retention removed its data). */
export const demoStatusFilters = [...demoStatuses, "purged"] as const;

/** `score_desc`: by engagement score (docs/engagement.md), the most engaged first. */
export const leadSorts = ["created_desc", "created_asc", "updated_desc", "email_asc", "score_desc"] as const;
export const demoSorts = [
  "created_desc",
  "created_asc",
  "expires_asc",
  "expires_desc",
  "activity_desc",
  "logins_desc",
  "score_desc",
] as const;

export const MAX_PAGE_SIZE = 100;
const page = z.coerce.number().int().min(1).max(100_000).catch(1);
const pageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(25);
/** Free text of a filter; a value PostgreSQL cannot compare (NUL, other control characters) is dropped. */
const search = plainText({ max: 200, error: "invalid_text" })
  .optional()
  .transform((v) => (v ? v : undefined))
  .catch(undefined);
function optionalEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}
/**
 * Dates a filter may name: years 1900–9999. PostgreSQL's timestamptz has no year 0 and JavaScript
 * writes years past 9999 as `+010000-…`, which PostgreSQL cannot read; no lead is that old or new.
 */
const FILTER_DATE_MIN_MS = Date.UTC(1900, 0, 1);
const FILTER_DATE_MAX_MS = Date.UTC(10_000, 0, 1);
const isFilterDate = (d: Date) => d.getTime() >= FILTER_DATE_MIN_MS && d.getTime() < FILTER_DATE_MAX_MS;

/** A date (`2026-03-01`) or instant (ISO-8601) from a search param; unparsable or out of range → unset. */
const instant = z.coerce
  .date()
  .optional()
  .catch(undefined)
  .transform((d) => (d && !Number.isNaN(d.getTime()) && isFilterDate(d) ? d : undefined));

/** Strict `instant` of the CSV export: anything but a date of years 1900–9999 is "invalid_date". */
const strictInstant = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const date = new Date(value);
    if (Number.isNaN(date.getTime()) || !isFilterDate(date)) {
      ctx.addIssue({ code: "custom", message: "invalid_date" });
      return z.NEVER;
    }
    return date;
  });

/** Filters of `listLeads` / `listLeadExportRows`: free text on email and name, lead creation in [from, to). */
export const leadListQuerySchema = z.object({
  q: search,
  stage: optionalEnum(funnelStages),
  source: search,
  demoStatus: optionalEnum(leadDemoStatuses),
  sort: z.enum(leadSorts).catch("created_desc"),
  page,
  pageSize,
  from: instant,
  to: instant,
});
export type LeadListQuery = Partial<z.infer<typeof leadListQuerySchema>>;

/**
 * Filters of the CSV export (`GET /api/admin/leads/export`): the list's filters, except that a text or
 * date the export cannot use is refused (400 with `fields.q = ["invalid_text"]`, `fields.from =
 * ["invalid_date"]`…) rather than silently dropped — a download must contain what was asked for.
 */
export const leadExportQuerySchema = leadListQuerySchema.extend({
  q: plainText({ max: 200, error: "invalid_text" })
    .optional()
    .transform((v) => (v ? v : undefined)),
  source: plainText({ max: 200, error: "invalid_text" })
    .optional()
    .transform((v) => (v ? v : undefined)),
  from: strictInstant,
  to: strictInstant,
});

/** Filters of `listDemos`: free text on organization name and the prospect's email. */
export const demoListQuerySchema = z.object({
  status: optionalEnum(demoStatusFilters),
  scenario: optionalEnum(scenarioNames),
  q: search,
  sort: z.enum(demoSorts).catch("created_desc"),
  page,
  pageSize,
});
export type DemoListQuery = Partial<z.infer<typeof demoListQuerySchema>>;

/** Range of `getAnalytics`: [from, to), by default the last 30 days. */
export const analyticsQuerySchema = z.object({ from: instant, to: instant });
export type AnalyticsQuery = Partial<z.infer<typeof analyticsQuerySchema>>;

/** Filters of `listAuditLog`. */
export const auditLogQuerySchema = z.object({
  page,
  pageSize,
  organizationId: z.uuid().optional().catch(undefined),
  actor: search,
});
export type AuditLogQuery = Partial<z.infer<typeof auditLogQuerySchema>>;
