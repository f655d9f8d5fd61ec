// The test requester behind the Upstash rate-limit tests must answer like Upstash's REST API, or those
// tests would prove nothing: single commands, pipelines, transactions, errors, and Upstash's flagged
// Lua scripts through EVAL and EVALSHA.
import { createHash, randomUUID } from "node:crypto";
import { Redis } from "@upstash/redis";
import { afterAll, describe, expect, it } from "vitest";
import { createUpstashRequester } from "./support/upstash-requester";

describe("Upstash requester on redis-server", () => {
  const requester = createUpstashRequester();
  const redis = new Redis(requester);
  afterAll(() => requester.close());

  it("runs single commands, with Upstash's JSON deserialization", async () => {
    const key = `test:${randomUUID()}`;
    expect(await redis.set(key, { a: 1 })).toBe("OK");
    expect(await redis.get(key)).toEqual({ a: 1 });
    expect(await redis.get(`test:${randomUUID()}`)).toBeNull();
  });

  it("runs pipelines and transactions", async () => {
    const key = `test:${randomUUID()}`;
    expect(await redis.pipeline().incr(key).incrby(key, 2).get(key).exec()).toEqual([1, 3, 3]);
    expect(await redis.multi().incr(key).pexpire(key, 60_000).exec()).toEqual([4, 1]);
  });

  it("reports Redis errors as Upstash errors", async () => {
    const key = `test:${randomUUID()}`;
    await redis.set(key, "text");
    await expect(redis.incr(key)).rejects.toThrow(/not an integer/);
    const results = await redis.pipeline().get(key).incr(key).exec({ keepErrors: true });
    expect(results[1]?.error).toMatch(/not an integer/);
  });

  it("runs Upstash's flagged scripts (SCRIPT LOAD, EVALSHA by the shipped hash, EVAL)", async () => {
    const body = "return redis.call('INCR', KEYS[1])";
    const script = `#!lua flags=allow-key-locking\n${body}`;
    const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
    const key = `test:${randomUUID()}`;
    await expect(redis.evalsha(sha1(script), [key], [])).rejects.toThrow(/NOSCRIPT/);
    expect(await redis.scriptLoad(script)).toBe(sha1(body));
    expect(await redis.evalsha(sha1(script), [key], [])).toBe(1);
    expect(await redis.eval(script, [key], [])).toBe(2);
  });
});
