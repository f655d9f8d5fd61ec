import "server-only";
import { Prisma } from "@/server/db/generated/client";

/**
 * A Date as an explicit `timestamptz` parameter of a raw query. The pg adapter sends bare Dates as
 * zone-less text that PostgreSQL reads in the session's TimeZone; ISO-8601 with its `Z` is unambiguous.
 */
export function sqlTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString()}::timestamptz`;
}
