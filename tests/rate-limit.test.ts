// The rate-limit stores against real backends: the same contract runs on PostgreSQL (the default) and
// on @upstash/ratelimit over a local redis-server, once as the tests' Redis sends commands and once
// auto-pipelined as `new Redis({ url, token })` does in production.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis, type Requester } from "@upstash/redis";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { createPostgresRateLimitStore, purgeExpiredRateLimitCounters } from "@/server/rate-limit/postgres-store";
import type { RateLimitStore } from "@/server/rate-limit/rate-limit-store";
import { createFallbackRateLimitStore } from "@/server/rate-limit/fallback-store";
import { createUpstashRateLimitStore } from "@/server/rate-limit/upstash-store";
import { createUpstashRequester } from "./support/upstash-requester";

const HOUR_MS = 3_600_000;

/** What `new Redis({ url, token })` is in the app: a client given a requester does not auto-pipeline. */
class AutoPipelinedRedis extends Redis {
  constructor(requester: Requester) {
    super(requester);
    return this.autoPipeline();
  }
}

type Backend = { name: string; open: () => { store: RateLimitStore; close: () => Promise<void> } };

const upstash = (build: (requester: Requester) => Redis) => () => {
  const requester = createUpstashRequester();
  return { store: createUpstashRateLimitStore(build(requester)), close: requester.close };
};

const backends: Backend[] = [
  { name: "PostgreSQL", open: () => ({ store: createPostgresRateLimitStore(prisma), close: async () => {} }) },
  { name: "Upstash on redis-server", open: upstash((requester) => new Redis(requester)) },
  { name: "Upstash on redis-server, auto-pipelined", open: upstash((requester) => new AutoPipelinedRedis(requester)) },
];

// The database and redis-server are shared with test files running in parallel.
const freshKey = () => `test:${randomUUID()}`;

/** Windows are aligned to the epoch: start a timing-sensitive test just after one begins. */
const waitForNextWindow = (windowMs: number) => sleep(windowMs - (Date.now() % windowMs) + 20);

describe.each(backends)("rate-limit store: $name", ({ open }) => {
  let store: RateLimitStore;
  let close: (() => Promise<void>) | undefined;

  // Opened before each test rather than once in beforeAll: vitest reports the tests of a failed
  // beforeAll as skipped, and without Redis every Upstash test must fail.
  beforeEach(() => {
    if (close) return;
    ({ store, close } = open());
  });
  afterAll(() => close?.());

  it("allows `limit` hits per window, counting down, then refuses until the window ends", async () => {
    const key = freshKey();
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push(await store.hit(key, 3, HOUR_MS));
    expect(allowed.map(({ success, limit, remaining }) => ({ success, limit, remaining }))).toEqual([
      { success: true, limit: 3, remaining: 2 },
      { success: true, limit: 3, remaining: 1 },
      { success: true, limit: 3, remaining: 0 },
    ]);

    const refused = await store.hit(key, 3, HOUR_MS);
    expect(refused).toMatchObject({ success: false, limit: 3, remaining: 0 });
    expect(refused.resetAt).toBeGreaterThan(Date.now());
    expect(refused.resetAt).toBeLessThanOrEqual(Date.now() + HOUR_MS);
    expect(refused.resetAt % HOUR_MS).toBe(0);
    expect(allowed.every((r) => r.resetAt === refused.resetAt)).toBe(true);
  });

  it("counts each key on its own", async () => {
    const [spent, other] = [freshKey(), freshKey()];
    await store.hit(spent, 1, HOUR_MS);
    expect((await store.hit(spent, 1, HOUR_MS)).success).toBe(false);
    expect(await store.hit(other, 1, HOUR_MS)).toMatchObject({ success: true, remaining: 0 });
  });

  it("lets exactly `limit` of 20 concurrent hits through", async () => {
    const key = freshKey();
    const results = await Promise.all(Array.from({ length: 20 }, () => store.hit(key, 5, HOUR_MS)));
    expect(results.filter((r) => r.success)).toHaveLength(5);
    expect(results.filter((r) => !r.success).every((r) => r.remaining === 0)).toBe(true);
  });

  it("allows hits again once the window has passed", async () => {
    const key = freshKey();
    const windowMs = 1_500;
    await waitForNextWindow(windowMs);
    expect((await store.hit(key, 1, windowMs)).success).toBe(true);
    const refused = await store.hit(key, 1, windowMs);
    expect(refused.success).toBe(false);
    expect(refused.resetAt - Date.now()).toBeLessThanOrEqual(windowMs);

    await sleep(refused.resetAt - Date.now() + 50);
    const next = await store.hit(key, 1, windowMs);
    expect(next).toMatchObject({ success: true, remaining: 0, resetAt: refused.resetAt + windowMs });
  });

  it("enforceRateLimit throws a 429 AppError with Retry-After once a policy is used up", async () => {
    const email = `${randomUUID()}@example.test`;
    // demoRequestPerEmail: 3 per 24 hours.
    for (let i = 0; i < 3; i++) await enforceRateLimit("demoRequestPerEmail", email, store);

    const error = await enforceRateLimit("demoRequestPerEmail", email, store).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect({ code: appError.code, status: appError.status }).toEqual({ code: "rate_limited", status: 429 });
    expect(appError.retryAfterSeconds).toBeGreaterThan(0);
    expect(appError.retryAfterSeconds).toBeLessThanOrEqual(24 * 3600);
    expect(Number.isInteger(appError.retryAfterSeconds)).toBe(true);
  });
});

describe("rate-limit store: PostgreSQL rows", () => {
  it("enforceRateLimit counts in rate_limit_counters by default (no Upstash configured)", async () => {
    const ip = `test-${randomUUID()}`;
    await enforceRateLimit("otpVerifyPerIp", ip);
    await enforceRateLimit("otpVerifyPerIp", ip);

    const rows = await prisma.rateLimitCounter.findMany({ where: { key: `otpVerifyPerIp:${ip}` } });
    // otpVerifyPerIp: 30 per 15 minutes.
    expect(rows.map((r) => ({ count: r.count, windowMs: r.expiresAt.getTime() - r.windowStart.getTime() }))).toEqual([
      { count: 2, windowMs: 15 * 60_000 },
    ]);
  });

  it("purgeExpiredRateLimitCounters deletes ended windows and keeps current ones", async () => {
    const now = new Date();
    const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
    const [ended, current] = [freshKey(), freshKey()];
    await prisma.rateLimitCounter.createMany({
      data: [
        { key: ended, windowStart: at(-2 * HOUR_MS), count: 4, expiresAt: at(-HOUR_MS) },
        { key: current, windowStart: at(-HOUR_MS / 2), count: 1, expiresAt: at(HOUR_MS / 2) },
      ],
    });

    expect(await purgeExpiredRateLimitCounters(now)).toBeGreaterThanOrEqual(1);

    const left = await prisma.rateLimitCounter.findMany({ where: { key: { in: [ended, current] } } });
    expect(left.map((r) => r.key)).toEqual([current]);
  });
});

describe("rate-limit store: Upstash outage", () => {
  const failing: Requester = { request: () => Promise.reject(new Error("connect ECONNREFUSED")) };
  const hanging: Requester = { request: () => new Promise(() => {}) };

  it.each([
    { name: "refusing", requester: failing },
    { name: "hanging", requester: hanging },
  ])("a $name Upstash never lets hits through uncounted: they count in PostgreSQL", async ({ requester }) => {
    const store = createFallbackRateLimitStore(
      createUpstashRateLimitStore(new Redis(requester)),
      createPostgresRateLimitStore(prisma),
      200,
    );
    const key = freshKey();
    expect((await store.hit(key, 2, HOUR_MS)).success).toBe(true);
    expect((await store.hit(key, 2, HOUR_MS)).success).toBe(true);
    expect(await store.hit(key, 2, HOUR_MS)).toMatchObject({ success: false, remaining: 0 });
    const rows = await prisma.rateLimitCounter.findMany({ where: { key } });
    expect(rows.map((r) => r.count)).toEqual([3]);
  });

  it("uses Upstash alone while it answers", async () => {
    const requester = createUpstashRequester();
    try {
      const store = createFallbackRateLimitStore(createUpstashRateLimitStore(new Redis(requester)), createPostgresRateLimitStore(prisma));
      const key = freshKey();
      expect((await store.hit(key, 1, HOUR_MS)).success).toBe(true);
      expect((await store.hit(key, 1, HOUR_MS)).success).toBe(false);
      expect(await prisma.rateLimitCounter.count({ where: { key } })).toBe(0);
    } finally {
      await requester.close();
    }
  });
});
