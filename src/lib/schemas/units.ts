/**
 * zod schemas of the units API, shared by the units page (client) and `GET /api/units` (server).
 * Field messages are codes ("invalid_page") that forms map to localized text.
 */
import { z } from "zod";
import { wholeNumberText } from "./number";
import { plainText } from "./text";

export const duesStatuses = ["up_to_date", "in_arrears"] as const;
export type DuesStatusValue = (typeof duesStatuses)[number];

/** Largest page a client may ask for. */
export const MAX_UNIT_PAGE_SIZE = 100;

/** A query-string value left blank (`?q=`) counts as absent. */
function blankToUndefined(value: unknown) {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** A whole number from the query string within [min, max], `fallback` when absent. */
function intParam(code: string, min: number, max: number, fallback: number) {
  return z.preprocess(blankToUndefined, wholeNumberText(min, max, code).default(fallback));
}

/**
 * Query of `GET /api/units` (`Object.fromEntries(searchParams)`): `q` searches unit numbers and
 * residents' names and emails (case-insensitive, ≤ 100 chars), `tower` is an exact tower name,
 * `dues` a dues status, `page` ≥ 1 (default 1), `pageSize` 1–100 (default 20). Unknown keys are ignored.
 */
export const unitListQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, plainText({ max: 100, error: "invalid_query" }).optional()),
  tower: z.preprocess(blankToUndefined, plainText({ max: 60, error: "invalid_tower" }).optional()),
  dues: z.preprocess(blankToUndefined, z.enum(duesStatuses, { error: "invalid_dues" }).optional()),
  page: intParam("invalid_page", 1, 10_000, 1),
  pageSize: intParam("invalid_page_size", 1, MAX_UNIT_PAGE_SIZE, 20),
});
export type UnitListQuery = z.infer<typeof unitListQuerySchema>;
