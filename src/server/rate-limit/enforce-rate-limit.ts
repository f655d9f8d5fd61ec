import "server-only";
import { AppError } from "@/server/http/app-error";
import { log } from "@/server/log";
import { metrics } from "@/server/observability/metrics";
import { getRateLimitStore } from "./get-rate-limit-store";
import { rateLimitPolicies, type RateLimitPolicyName } from "./policies";
import type { RateLimitStore } from "./rate-limit-store";

/**
 * Counts one hit of `identifier` against a named policy and refuses it once the policy's limit for the
 * current window is used up (docs/rules.md#security).
 * Every call counts, refused ones included.
 * @param policy a name from `rateLimitPolicies`, e.g. `"demoRequestPerIp"` (5 per hour).
 * @param identifier what is limited: a client IP, a normalized email…; the counter key is
 *   `${policy}:${identifier}`.
 * @param store where counters live; the app's store (PostgreSQL or Upstash) unless a test passes one.
 * @param limit overrides the policy's limit (tests of a platform-wide policy use their own identifier
 *   and a small limit).
 * @throws AppError("rate_limited") — HTTP 429 — with `retryAfterSeconds` (whole seconds, at least 1)
 *   until the window ends, for `Retry-After`; whatever the store throws when it cannot count.
 *   Each refusal counts in `assembly_rate_limited_total{policy}` and is logged with the policy (never
 *   the identifier: it is an IP or an email).
 */
export async function enforceRateLimit(
  policy: RateLimitPolicyName,
  identifier: string,
  store: RateLimitStore = getRateLimitStore(),
  limit: number = rateLimitPolicies[policy].limit,
): Promise<void> {
  const { windowMs } = rateLimitPolicies[policy];
  const { success, resetAt } = await store.hit(`${policy}:${identifier}`, limit, windowMs);
  if (success) return;
  refuseRateLimited(policy, resetAt);
}

/**
 * The refusal of a hit over `policy`'s limit, for callers that counted it themselves (the demo request
 * counts its hits in the statement that stores the lead): counts it in `assembly_rate_limited_total`,
 * logs the policy (never the identifier) and throws.
 * @param resetAt epoch ms when the window ends.
 * @throws AppError("rate_limited") — HTTP 429 — with `retryAfterSeconds` (whole seconds, at least 1).
 */
export function refuseRateLimited(policy: RateLimitPolicyName, resetAt: number): never {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
  metrics.rateLimited.inc({ policy });
  log.info({ policy, retryAfterSeconds }, "rate limited");
  throw new AppError("rate_limited", { retryAfterSeconds });
}
