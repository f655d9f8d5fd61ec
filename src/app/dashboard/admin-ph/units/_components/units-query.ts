import { type UnitListQuery, unitListQuerySchema } from "@/lib/schemas/units";

export const UNITS_PATH = "/dashboard/admin-ph/units";
export const UNITS_PAGE_SIZE = 20;

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The units list query from the page's URL. Invalid values (`?page=abc`, an unknown dues status) are
 * dropped one by one, as if absent, so a hand-edited URL still shows a page instead of an error.
 */
export function parseUnitsQuery(searchParams: SearchParams): UnitListQuery {
  const raw: Record<string, string> = {};
  for (const key of ["q", "tower", "dues", "page"] as const) {
    const value = searchParams[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) raw[key] = first;
  }
  raw.pageSize = String(UNITS_PAGE_SIZE);
  const parsed = unitListQuerySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
  return unitListQuerySchema.parse(raw);
}

/** The list's URL for a query, without defaults: `/dashboard/admin-ph/units?q=gomez&page=2`. */
export function unitsHref(query: { q?: string; tower?: string; dues?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.tower) params.set("tower", query.tower);
  if (query.dues) params.set("dues", query.dues);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `${UNITS_PATH}?${search}` : UNITS_PATH;
}
