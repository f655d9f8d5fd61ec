// The platform-wide circuit breaker on demo creation (DEMO_CREATE_PER_MINUTE, docs/security.md) and the
// lead-only profiles' own budget, through the demo request's server function: addresses that rotate
// cannot create demos past the breaker, the lead of a refused request is kept, and a person who only
// wants to talk to sales is recorded even when the demo limits are used up.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { demoRequestSchema } from "@/lib/validation";
import { requestDemo } from "@/server/demo/request-demo";
import { AppError } from "@/server/http/app-error";
import { ownerQuery, randomIp } from "./support/app";

const freshEmail = () => `breaker-${randomBytes(5).toString("hex")}@example.com`;

async function outcome(promise: Promise<{ status: number }>): Promise<number | string> {
  return promise.then(
    (r) => r.status,
    (e: unknown) => (e instanceof AppError ? `${e.status} ${e.code}` : Promise.reject(e)),
  );
}

describe("demo creation circuit breaker", () => {
  it("refuses demos past the per-minute limit whatever the address, with 429 and the lead kept", async () => {
    const breaker = { scope: `test-${randomUUID()}`, limit: 3 };
    const emails = Array.from({ length: 5 }, freshEmail);
    const results: (number | string)[] = [];
    for (const email of emails) {
      const body = demoRequestSchema.parse({ email, profile: "admin_ph" });
      results.push(await outcome(requestDemo({ ...body, ip: randomIp(), locale: "es", demoCreateBreaker: breaker })));
    }
    expect(results).toEqual([201, 201, 201, "429 rate_limited", "429 rate_limited"]);
    const leads = await ownerQuery<{ email: string; funnel_stage: string }>(
      "SELECT email, funnel_stage::text FROM platform_leads WHERE email = ANY($1) ORDER BY email",
      [emails.slice(3)],
    );
    expect(leads.map((l) => l.funnel_stage)).toEqual(["demo_requested", "demo_requested"]);
  });

  it("records a sales lead from an address whose demo budget is used up", async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i++) {
      const body = demoRequestSchema.parse({ email: freshEmail(), profile: "demo_only" });
      expect(await outcome(requestDemo({ ...body, ip, locale: "es" }))).toBe(201);
    }
    const demo = demoRequestSchema.parse({ email: freshEmail(), profile: "demo_only" });
    expect(await outcome(requestDemo({ ...demo, ip, locale: "es" }))).toBe("429 rate_limited");
    const email = freshEmail();
    const sales = demoRequestSchema.parse({ email, profile: "sales" });
    expect(await outcome(requestDemo({ ...sales, ip, locale: "es" }))).toBe(200);
    expect(await ownerQuery("SELECT 1 FROM platform_leads WHERE email = $1", [email])).toHaveLength(1);
  });
});
