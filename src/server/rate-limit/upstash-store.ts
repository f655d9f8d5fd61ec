import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import type { RateLimitStore } from "./rate-limit-store";

/**
 * The rate-limit store kept in Upstash Redis through `@upstash/ratelimit`'s fixed window, used when
 * `UPSTASH_REDIS_REST_URL` and `UPSTASH_REDIS_REST_TOKEN` are set (docs/development.md#the-embedded-stack).
 * One `Ratelimit` per (limit, window) is kept for the life of the process: its in-memory cache only
 * remembers keys Redis has already refused until their window ends, which saves round trips without
 * changing any answer. Unlike Upstash's default, a hit that gets no answer is never let through: the
 * call fails (or the caller gives up on it), and `getRateLimitStore` counts it in PostgreSQL instead
 * (docs/decisions/0039-upstash-fallback.md), so an outage of Redis never switches rate limiting off.
 * @param redis an `@upstash/redis` client (REST in the app; tests build one on a local redis-server).
 * @returns a store whose `hit` throws an `UpstashError` when Redis answers with an error.
 */
export function createUpstashRateLimitStore(redis: Redis): RateLimitStore {
  const limiters = new Map<string, Ratelimit>();

  const limiterFor = (limit: number, windowMs: number): Ratelimit => {
    const id = `${limit}/${windowMs}`;
    const cached = limiters.get(id);
    if (cached) return cached;
    const limiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(limit, `${windowMs} ms`), timeout: 0 });
    limiters.set(id, limiter);
    return limiter;
  };

  return {
    async hit(key, limit, windowMs) {
      const result = await limiterFor(limit, windowMs).limit(key);
      return { success: result.success, limit: result.limit, remaining: result.remaining, resetAt: result.reset };
    },
  };
}
