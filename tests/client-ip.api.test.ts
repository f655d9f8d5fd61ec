// The per-IP limit keys on the address the platform vouches for (docs/security.md "Client address"),
// measured as an attacker would: new x-forwarded-for values, a forged first hop, addresses of one IPv6
// /64, one IPv4 spelled many ways. The suite's app runs with TRUST_PROXY=1 (the test client is the
// trusted proxy); the defaults of a production deployment are checked on a second `next start` of the
// same build without the test settings.
import { randomInt } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../scripts/lib/local-stack";
import { start, stopProcess, waitForHttp } from "../scripts/lib/processes";
import { appUrl, ownerQuery, randomEmail, randomIp } from "./support/app";

/** demoRequestPerIp: 5 per hour. */
const PER_IP = 5;

function requestDemoFrom(baseUrl: string, forwardedFor?: string) {
  return fetch(`${baseUrl}/api/demo/request`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }) },
    body: JSON.stringify({ email: randomEmail("ip"), profile: "demo_only" }),
  });
}

/** How many of `forwardedFor` values were accepted (201) by the app at `baseUrl`. */
async function accepted(baseUrl: string, forwardedFor: (string | undefined)[]): Promise<number> {
  let count = 0;
  for (const value of forwardedFor) {
    const res = await requestDemoFrom(baseUrl, value);
    expect([201, 429]).toContain(res.status);
    if (res.status === 201) count++;
  }
  return count;
}

describe("per-IP limit behind one trusted proxy (TRUST_PROXY=1)", () => {
  it("a forged first hop in front of an exhausted address does not rotate the key", async () => {
    const ip = randomIp();
    expect(await accepted(appUrl(), Array(PER_IP).fill(ip))).toBe(PER_IP);
    const forged = Array.from({ length: 10 }, () => `${randomIp()}, ${ip}`);
    expect(await accepted(appUrl(), forged)).toBe(0);
  });

  it("ten addresses of one IPv6 /64 share one budget", async () => {
    const prefix = `2001:db8:${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
    const addresses = Array.from({ length: 10 }, (_, i) => `${prefix}:${i + 1}:0:0:${randomInt(1, 0xffff).toString(16)}`);
    expect(await accepted(appUrl(), addresses)).toBe(PER_IP);
  });

  it("one IPv4 address spelled ten ways shares one budget", async () => {
    const [b, c, d] = [randomInt(0, 256), randomInt(0, 256), randomInt(1, 255)];
    const hex = (n: number) => n.toString(16).padStart(2, "0");
    const spellings = [
      `10.${b}.${c}.${d}`,
      `::ffff:10.${b}.${c}.${d}`,
      `::ffff:0a${hex(b)}:${hex(c)}${hex(d)}`,
      `0:0:0:0:0:ffff:0a${hex(b)}:${hex(c)}${hex(d)}`,
      `0xa.${b}.${c}.${d}`,
      `012.${b}.${c}.${d}`,
      `10.${b}.${c * 256 + d}`,
      `10.${b * 65536 + c * 256 + d}`,
      String(10 * 2 ** 24 + b * 65536 + c * 256 + d),
      `0x0a.0x${hex(b)}.0x${hex(c)}.0x${hex(d)}`,
    ];
    expect(await accepted(appUrl(), spellings)).toBe(PER_IP);
  });
});

describe("a production deployment with the defaults (TRUST_PROXY=none, no METRICS_TOKEN)", () => {
  let app: ChildProcess | undefined;
  let baseUrl = "";

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: "production-like-secret-0123456789",
      CRON_SECRET: "production-like-cron-secret-0123456789",
    };
    // Not the test build: what a self-hosted production deployment gets when it sets only the secrets.
    for (const name of ["TRUST_PROXY", "METRICS_TOKEN", "DEMO_POOL_SIZE"]) delete env[name];
    app = start("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], env, true);
    await waitForHttp(`${baseUrl}/login`, 90_000);
    // Every request here comes from 127.0.0.1: start from an empty budget.
    await ownerQuery("DELETE FROM rate_limit_counters WHERE key = 'demoRequestPerIp:127.0.0.1'");
  }, 120_000);
  afterAll(async () => {
    await stopProcess(app);
    // Give 127.0.0.1 its budget back: browsers of the end-to-end tests come from it too.
    await ownerQuery("DELETE FROM rate_limit_counters WHERE key LIKE '%:127.0.0.1'");
  });

  it("a new x-forwarded-for (or x-real-ip) per request does not rotate the key: the socket address does", async () => {
    const rotating = Array.from({ length: 10 }, () => randomIp());
    expect(await accepted(baseUrl, rotating)).toBe(PER_IP);
    const realIp = await fetch(`${baseUrl}/api/demo/request`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-real-ip": randomIp(), "x-assembly-peer-address": randomIp() },
      body: JSON.stringify({ email: randomEmail("ip"), profile: "demo_only" }),
    });
    expect(realIp.status).toBe(429);
  });

  it("keeps /api/metrics closed (401) without METRICS_TOKEN", async () => {
    const res = await fetch(`${baseUrl}/api/metrics`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain("assembly_active_demos");
  });
});
