import "server-only";
import { Redis } from "@upstash/redis";
import { env } from "@/env";
import { createFallbackRateLimitStore } from "./fallback-store";
import { createPostgresRateLimitStore } from "./postgres-store";
import type { RateLimitStore } from "./rate-limit-store";
import { createUpstashRateLimitStore } from "./upstash-store";

let store: RateLimitStore | undefined;

/**
 * The app's rate-limit store, chosen once per process: Upstash Redis when both
 * `UPSTASH_REDIS_REST_URL` and `UPSTASH_REDIS_REST_TOKEN` are set — falling back to PostgreSQL for
 * any hit Upstash fails or does not answer within 1 s —, otherwise PostgreSQL alone
 * (docs/development.md#the-embedded-stack: embedded defaults, real parts in production).
 */
export function getRateLimitStore(): RateLimitStore {
  if (store) return store;
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env;
  store =
    url && token
      ? createFallbackRateLimitStore(createUpstashRateLimitStore(new Redis({ url, token })), createPostgresRateLimitStore())
      : createPostgresRateLimitStore();
  return store;
}

/**
 * Whether the app's counters live in PostgreSQL (Upstash is not configured), so a caller may count its
 * hits inside its own statement (`counterHitSql`) instead of one round trip per hit.
 */
export function rateLimitsInPostgres(): boolean {
  return !(env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN);
}
