import "server-only";
import type { LeadListQuery } from "@/lib/schemas/admin";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { leadColumnsSql, leadQuerySql, type LeadSqlRow, withEngagementScores } from "./lead-filters";

/** The export's columns, in CSV order: the keys of `LeadExportRow`. */
export const leadExportColumns = [
  "email",
  "name",
  "funnel_stage",
  "lead_source",
  "profile",
  "scenario",
  "building_name",
  "unit_count",
  "locale",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "referrer",
  "request_count",
  "demo_status",
  "demo_expires_at",
  "organization_id",
  "engagement_score",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof LeadExportRow)[];

/** Most rows one export returns (the CSV download's bound). */
export const MAX_EXPORT_ROWS = 50_000;

/**
 * One CSV line of the leads export: flat, every value a string or number, dates as ISO-8601 (UTC),
 * absent values as "". Keys are in column order, so `Object.keys(rows[0])` is the header.
 */
export type LeadExportRow = {
  email: string;
  name: string;
  funnel_stage: string;
  lead_source: string;
  profile: string;
  scenario: string;
  building_name: string;
  unit_count: number | "";
  locale: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  referrer: string;
  request_count: number;
  demo_status: string;
  demo_expires_at: string;
  organization_id: string;
  /** 0–100 (docs/engagement.md); "" without a demo. */
  engagement_score: number | "";
  created_at: string;
  updated_at: string;
};

function iso(d: Date | null) {
  return d ? d.toISOString() : "";
}

/**
 * Neutralizes spreadsheet formulas (CSV injection, OWASP): a prospect can type a name such as
 * `=HYPERLINK(…)`; a leading = + - @ tab or CR gets a `'` so spreadsheets show it as text.
 */
function cell(value: string | null): string {
  const text = value ?? "";
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The leads matching `query`'s filters (as `listLeads`; page and pageSize ignored), unpaginated, as
 * plain objects for a CSV library — at most MAX_EXPORT_ROWS (50 000), in the list's sort order.
 * `demo_status` is "" for leads without a demo, else active | expired | terminated | converted.
 * Text a prospect typed that starts like a spreadsheet formula is prefixed with `'` (CSV injection).
 * @returns the rows and whether more leads matched than were returned.
 */
export async function listLeadExportRows(
  query: LeadListQuery = {},
  now: Date = new Date(),
): Promise<{ rows: LeadExportRow[]; truncated: boolean }> {
  const { from, where, orderBy, scoreJoined } = leadQuerySql(query, now);
  const found = await withEngagementScores(
    await prisma.$queryRaw<LeadSqlRow[]>(
      Prisma.sql`SELECT ${leadColumnsSql(now, scoreJoined)} FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${MAX_EXPORT_ROWS + 1}`,
    ),
    scoreJoined,
  );
  const rows = found.slice(0, MAX_EXPORT_ROWS).map((r): LeadExportRow => ({
    email: cell(r.email),
    name: cell(r.name),
    funnel_stage: r.funnel_stage,
    lead_source: cell(r.lead_source),
    profile: cell(r.profile),
    scenario: cell(r.scenario),
    building_name: cell(r.building_name),
    unit_count: r.unit_count ?? "",
    locale: cell(r.locale),
    utm_source: cell(r.utm_source),
    utm_medium: cell(r.utm_medium),
    utm_campaign: cell(r.utm_campaign),
    referrer: cell(r.referrer),
    request_count: r.request_count,
    demo_status: r.demo_status ?? "",
    demo_expires_at: iso(r.demo_expires_at),
    organization_id: r.organization_id ?? "",
    engagement_score: r.engagement_score ?? "",
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  }));
  return { rows, truncated: found.length > MAX_EXPORT_ROWS };
}
