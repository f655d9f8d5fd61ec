import "server-only";
import type { DemoListQuery } from "@/lib/schemas/admin";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { type DemoListItem, demoFromSql, selectDemoRows } from "./demo-rows";
import { containsPattern, demoStatusSql, whereAll } from "./demo-status-sql";

export type DemoList = { rows: DemoListItem[]; total: number; page: number; pageSize: number };

const demoOrder = {
  created_desc: Prisma.sql`o.created_at DESC, o.id`,
  created_asc: Prisma.sql`o.created_at ASC, o.id`,
  expires_asc: Prisma.sql`o.demo_expires_at ASC NULLS LAST, o.id`,
  expires_desc: Prisma.sql`o.demo_expires_at DESC NULLS LAST, o.id`,
  activity_desc: Prisma.sql`ev.last_activity_at DESC NULLS LAST, o.id`,
  logins_desc: Prisma.sql`ev.logins DESC NULLS LAST, o.id`,
  score_desc: Prisma.sql`eng.score DESC NULLS LAST, o.created_at DESC, o.id`,
} as const;

/**
 * The console's demos (every `is_demo` organization, the shared QA demo included) with created,
 * expiry, extensions used, logins, page views, last activity and engagement score (see `DemoListItem`).
 * Platform path; the score is computed in the same query, set-based.
 * @param query filters — status (active | expired | terminated | converted | purged), scenario, q
 *   (organization name or the prospect's email contains), sort (created_desc default | created_asc |
 *   expires_asc | expires_desc | activity_desc | logins_desc | score_desc — engagement score,
 *   docs/engagement.md), page (1-based), pageSize (default 25,
 *   max 100). Parse search params with `demoListQuerySchema`.
 * @returns the page's rows and the total number of matching demos.
 */
export async function listDemos(query: DemoListQuery = {}, now: Date = new Date()): Promise<DemoList> {
  const page = query.page ?? 1;
  const pageSize = Math.min(query.pageSize ?? 25, 100);
  const conditions: Prisma.Sql[] = [];
  if (query.status === "purged") conditions.push(Prisma.sql`o.purged_at IS NOT NULL`);
  else if (query.status) conditions.push(Prisma.sql`${demoStatusSql(now)} = ${query.status}`);
  if (query.scenario) conditions.push(Prisma.sql`o.scenario = ${query.scenario}`);
  if (query.q) conditions.push(Prisma.sql`(o.name ILIKE ${containsPattern(query.q)} OR u.email ILIKE ${containsPattern(query.q)})`);
  const where = whereAll(conditions);
  const [rows, [count]] = await Promise.all([
    selectDemoRows({
      now,
      where,
      orderBy: demoOrder[query.sort ?? "created_desc"],
      limit: pageSize,
      offset: (page - 1) * pageSize,
      scoreInQuery: query.sort === "score_desc",
    }),
    prisma.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM ${demoFromSql} WHERE o.is_demo AND ${where}`),
  ]);
  return { rows, total: count?.total ?? 0, page, pageSize };
}
