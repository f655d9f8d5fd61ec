import "server-only";
import { env } from "@/env";

/** A fixed-window limit: at most `limit` hits per key in each window of `windowMs` milliseconds. */
export type RateLimitPolicy = { limit: number; windowMs: number };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Every rate limit of the app, by name (docs/rules.md#security).
 * Applied with `enforceRateLimit(name, identifier)`.
 */
export const rateLimitPolicies = {
  /** docs/rules.md#demo-request: 5 demo requests per IP per hour. */
  demoRequestPerIp: { limit: 5, windowMs: HOUR_MS },
  /** docs/rules.md#demo-request: 3 demo requests per email per day. */
  demoRequestPerEmail: { limit: 3, windowMs: DAY_MS },
  /**
   * Lead-only profiles (resident, sales) count here instead of the demo limits, so a person who only
   * wants to talk to sales is recorded even when an address has used up its demos (docs/security.md).
   */
  leadOnlyPerIp: { limit: 30, windowMs: HOUR_MS },
  /** Lead-only profiles, per canonical email: generous, it only stops one address flooding the CRM. */
  leadOnlyPerEmail: { limit: 10, windowMs: DAY_MS },
  /**
   * Platform-wide circuit breaker on demo creation, all addresses together (`DEMO_CREATE_PER_MINUTE`,
   * docs/security.md "Circuit breaker"): a botnet rotating addresses cannot fill the active-demo cap or
   * mail thousands of strangers. The lead is recorded before it is checked.
   */
  demoCreatePerMinute: { limit: env.DEMO_CREATE_PER_MINUTE, windowMs: MINUTE_MS },
  /** docs/rules.md#login-codes ("requests rate limited"); the numbers are this project's choice. */
  otpRequestPerIp: { limit: 10, windowMs: HOUR_MS },
  /** docs/rules.md#login-codes; 5 codes an hour per email, so a mailbox cannot be flooded. */
  otpRequestPerEmail: { limit: 5, windowMs: HOUR_MS },
  /** docs/rules.md#login-codes; caps code guessing across emails from one IP (each code allows 5 tries). */
  otpVerifyPerIp: { limit: 30, windowMs: 15 * MINUTE_MS },
  /**
   * docs/rules.md#assemblies-ley-675-de-2001: the public voter links. Per link: the page polls about
   * every 3 s and votes, far below this; per IP: generous, a whole room may share one network.
   */
  voterLinkPerToken: { limit: 120, windowMs: MINUTE_MS },
  voterLinkPerIp: { limit: 1_200, windowMs: MINUTE_MS },
} satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof rateLimitPolicies;
