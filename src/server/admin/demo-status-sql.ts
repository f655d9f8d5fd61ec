import "server-only";
import { Prisma } from "@/server/db/generated/client";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";

/**
 * SQL for a demo's status as the console shows it (`DemoStatus`), from the `organizations` row aliased
 * `o`: its stored status, except that an active demo past `demo_expires_at` already counts as expired
 * (as for the prospect, whether or not the cron has marked it). NULL when there is no organization.
 */
export function demoStatusSql(now: Date): Prisma.Sql {
  return Prisma.sql`(CASE WHEN o.status = 'active' AND o.demo_expires_at IS NOT NULL AND o.demo_expires_at <= ${sqlTimestamp(now)}
    THEN 'expired' ELSE o.status::text END)`;
}

/** `ILIKE` pattern matching `text` literally anywhere (wildcards in `text` escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `cond1 AND cond2 …`, or TRUE when there are none. */
export function whereAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
