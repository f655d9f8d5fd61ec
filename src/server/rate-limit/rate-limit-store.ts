import "server-only";

/** The answer to one hit on a fixed-window counter. */
export type RateLimitResult = {
  /** Whether this hit is within the limit. */
  success: boolean;
  /** The limit the hit was counted against. */
  limit: number;
  /** Hits still allowed in the current window (0 once the limit is reached). */
  remaining: number;
  /** Epoch milliseconds when the current window ends and the count starts again. */
  resetAt: number;
};

/**
 * Where fixed-window counters live: PostgreSQL by default, Upstash Redis when configured. Both count
 * every hit, rejected ones included (as Upstash's fixedWindow does), and both are shared by all app
 * instances, so a limit holds however many instances serve the requests.
 */
export type RateLimitStore = {
  /** Counts one hit on `key` in the current window of `windowMs` milliseconds, allowing `limit` per window. */
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
};
