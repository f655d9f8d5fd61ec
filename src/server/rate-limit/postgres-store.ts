import "server-only";
import { prisma, type Db } from "@/server/db/client";
import type { RateLimitStore } from "./rate-limit-store";

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
      // Windows are aligned to the epoch, as Upstash's fixedWindow does, so both stores agree on resets.
      const windowStart = Math.floor(Date.now() / windowMs) * windowMs;
      const resetAt = windowStart + windowMs;
      const rows = await db.$queryRaw<{ count: number }[]>`
        INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
        VALUES (${key}, ${new Date(windowStart)}, 1, ${new Date(resetAt)})
        ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
        RETURNING count`;
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
