import "server-only";
import { prisma, type Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import type { RateLimitStore } from "./rate-limit-store";

/**
 * The current fixed window of `windowMs` milliseconds, aligned to the epoch as Upstash's fixedWindow
 * does, so both stores agree on resets. @returns its start and end, epoch ms.
 */
export function counterWindow(windowMs: number, now: number = Date.now()): { windowStart: number; resetAt: number } {
  const windowStart = Math.floor(now / windowMs) * windowMs;
  return { windowStart, resetAt: windowStart + windowMs };
}

/**
 * The statement (without RETURNING) that counts one hit of `key` in its current window of `windowMs`,
 * for a caller that runs it inside a larger statement (`WITH hit AS (… RETURNING count)`); `from`
 * makes the hit conditional (`FROM ok`: counted only when the CTE `ok` has a row).
 */
export function counterHitSql(key: string, windowMs: number, from: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const { windowStart, resetAt } = counterWindow(windowMs);
  return Prisma.sql`
    INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
    SELECT ${key}, ${new Date(windowStart)}, 1, ${new Date(resetAt)} ${from}
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1`;
}

/**
 * The rate-limit store kept in PostgreSQL (`rate_limit_counters`), the default when Upstash is not
 * configured (docs/development.md#the-embedded-stack). One row per key and window; the upsert below is a single
 * statement, so concurrent hits from any number of app instances each get their own count.
 * @param db the Prisma client to run on (the app's `prisma` unless a test passes another).
 * @returns a store whose `hit` throws whatever the query throws (the database is down: a 500).
 */
export function createPostgresRateLimitStore(db: Pick<Db, "$queryRaw"> = prisma): RateLimitStore {
  return {
    async hit(key, limit, windowMs) {
      const { resetAt } = counterWindow(windowMs);
      const rows = await db.$queryRaw<{ count: number }[]>`${counterHitSql(key, windowMs)} RETURNING count`;
      const count = rows[0]?.count;
      if (count === undefined) throw new Error("rate limit upsert returned no row");
      return { success: count <= limit, limit, remaining: Math.max(0, limit - count), resetAt };
    },
  };
}

/**
 * Deletes the counters whose window has ended, in one statement (called by the expiry cron; the store
 * never reads an ended window, so this only reclaims space).
 * @param now rows with `expires_at <= now` go; defaults to the current time.
 * @returns how many rows were deleted.
 */
export async function purgeExpiredRateLimitCounters(now: Date = new Date()): Promise<number> {
  return prisma.$executeRaw`DELETE FROM rate_limit_counters WHERE expires_at <= ${now}`;
}
