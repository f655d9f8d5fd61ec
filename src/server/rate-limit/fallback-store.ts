import "server-only";
import { log } from "@/server/log";
import type { RateLimitStore } from "./rate-limit-store";

/** How long a hit waits for the primary store before counting in the fallback, in milliseconds. */
export const PRIMARY_STORE_TIMEOUT_MS = 1_000;

/**
 * A store that counts in `primary` (Upstash) and, when it fails or does not answer within `timeoutMs`,
 * in `fallback` (PostgreSQL) instead — an outage of the primary never lets hits through uncounted
 * (docs/decisions/0039-upstash-fallback.md). During an outage the limits hold per store: a client may
 * get up to one budget in each, never an unlimited one.
 * @returns a store whose `hit` throws only when both stores fail.
 */
export function createFallbackRateLimitStore(
  primary: RateLimitStore,
  fallback: RateLimitStore,
  timeoutMs: number = PRIMARY_STORE_TIMEOUT_MS,
): RateLimitStore {
  return {
    async hit(key, limit, windowMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`rate-limit store gave no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        return await Promise.race([primary.hit(key, limit, windowMs), timeout]);
      } catch (err) {
        log.warn({ err }, "primary rate-limit store unavailable; counting in the fallback store");
        return fallback.hit(key, limit, windowMs);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
