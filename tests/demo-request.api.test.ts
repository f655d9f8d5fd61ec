// POST /api/demo/request over HTTP against the running app and the real database (docs/rules.md#demo-request).
import { describe, expect, it } from "vitest";
import { ownerQuery, postJson, randomEmail, randomIp } from "./support/app";

const RATE_LIMITED = "Demasiadas solicitudes. Intenta de nuevo en unos minutos o escribe a soporte.";

async function demoRows(email: string) {
  return ownerQuery<{
    org_id: string;
    is_demo: boolean;
    status: string;
    scenario: string;
    credits: number;
    expires_in_days: number;
    role: string;
  }>(
    `SELECT o.id AS org_id, o.is_demo, o.status, o.scenario, o.assembly_credits AS credits,
            EXTRACT(EPOCH FROM (o.demo_expires_at - now())) / 86400 AS expires_in_days, u.role
     FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = $1`,
    [email],
  );
}

describe("POST /api/demo/request", () => {
  it("creates a private seeded demo: 201, one organization, one ADMIN_PH user, 50 units summing 100 %", async () => {
    const email = randomEmail();
    const res = await postJson(
      "/api/demo/request",
      {
        email: `  ${email.toUpperCase()} `,
        name: "Laura Gómez",
        profile: "admin_ph",
        utm_source: "google",
        utm_medium: "cpc",
        utm_campaign: "ph-2026",
        referrer: "https://example.com/blog",
      },
      // The client wrote the first hop; the trusted proxy (TRUST_PROXY=1) appended the address it saw.
      { ip: "198.51.100.66, 203.0.113.7", headers: { "user-agent": "VitestBrowser/1.0" } },
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      success: true,
      already_exists: false,
      login_url: "/login",
      message: "Tu demo está listo. Te enviamos un correo con un enlace para entrar con un clic y un código de 6 dígitos.",
    });

    const rows = await demoRows(email);
    expect(rows).toHaveLength(1);
    const demo = rows[0]!;
    expect(demo).toMatchObject({ is_demo: true, status: "active", scenario: "urban-tower", credits: 1, role: "ADMIN_PH" });
    expect(Number(demo.expires_in_days)).toBeGreaterThan(14.99);
    expect(Number(demo.expires_in_days)).toBeLessThanOrEqual(15);

    const [units] = await ownerQuery<{ n: number; total: string }>(
      "SELECT count(*)::int AS n, sum(coefficient)::text AS total FROM units WHERE organization_id = $1",
      [demo.org_id],
    );
    expect(units).toEqual({ n: 50, total: "100.0000" });
    const [counts] = await ownerQuery<{ residents: number; closed: number; scheduled: number }>(
      `SELECT (SELECT count(*)::int FROM residents WHERE organization_id = $1) AS residents,
              (SELECT count(*)::int FROM assemblies WHERE organization_id = $1 AND status = 'closed') AS closed,
              (SELECT count(*)::int FROM assemblies WHERE organization_id = $1 AND status = 'scheduled') AS scheduled`,
      [demo.org_id],
    );
    expect(counts!.residents).toBeGreaterThanOrEqual(50);
    expect(counts!.closed).toBeGreaterThanOrEqual(2);
    expect(counts!.scheduled).toBe(1);

    const [lead] = await ownerQuery(
      "SELECT funnel_stage, profile, utm_source, utm_medium, utm_campaign, referrer, ip, user_agent, organization_id FROM platform_leads WHERE email = $1",
      [email],
    );
    expect(lead).toEqual({
      funnel_stage: "demo_active",
      profile: "admin_ph",
      utm_source: "google",
      utm_medium: "cpc",
      utm_campaign: "ph-2026",
      referrer: "https://example.com/blog",
      ip: "203.0.113.7",
      user_agent: "VitestBrowser/1.0",
      organization_id: demo.org_id,
    });
  });

  it("answers 200 already_exists for an email that has a demo, active or expired, and creates nothing", async () => {
    const email = randomEmail();
    expect((await postJson("/api/demo/request", { email })).status).toBe(201);
    const again = await postJson("/api/demo/request", { email, profile: "demo_only" });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ success: true, already_exists: true, login_url: "/login" });

    await ownerQuery(
      "UPDATE organizations SET status = 'expired', demo_expires_at = now() - interval '1 day' WHERE id = (SELECT organization_id FROM users WHERE email = $1)",
      [email],
    );
    const afterExpiry = await postJson("/api/demo/request", { email });
    expect(afterExpiry.status).toBe(200);
    expect(await afterExpiry.json()).toMatchObject({ already_exists: true });
    expect(await demoRows(email)).toHaveLength(1);
  });

  it("creates exactly one organization and one user for 20 parallel requests with the same new email", async () => {
    const email = randomEmail("race");
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postJson("/api/demo/request", { email }, { ip: `198.51.100.${i + 1}` })),
    );
    const statuses = responses.map((r) => r.status).sort();
    // The per-email limit (3/day) turns most of them into 429; what matters is that none creates a second demo.
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 429)).toBe(true);
    const [orgs] = await ownerQuery<{ users: number; orgs: number }>(
      "SELECT count(*)::int AS users, count(DISTINCT organization_id)::int AS orgs FROM users WHERE email = $1",
      [email],
    );
    expect(orgs).toEqual({ users: 1, orgs: 1 });
  });

  it("only captures the lead for the resident and sales profiles", async () => {
    const email = randomEmail("lead");
    const res = await postJson("/api/demo/request", { email, profile: "sales", name: "Carlos" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ success: true, already_exists: false, login_url: null });
    expect(await demoRows(email)).toHaveLength(0);
    const [lead] = await ownerQuery("SELECT funnel_stage, profile, name FROM platform_leads WHERE email = $1", [email]);
    expect(lead).toEqual({ funnel_stage: "new", profile: "sales", name: "Carlos" });
  });

  it.each([
    ["an invalid email", { email: "not-an-email" }, "email"],
    ["a missing email", { name: "x" }, "email"],
    ["an unknown profile", { email: "a@example.com", profile: "hacker" }, "profile"],
    ["an unknown scenario", { email: "a@example.com", scenario: "moon-base" }, "scenario"],
  ])("answers 400 with a field error for %s", async (_label, body, field) => {
    const res = await postJson("/api/demo/request", body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string[]> } };
    expect(json.error.code).toBe("validation_failed");
    expect(json.error.message).toBeTruthy();
    expect(Object.keys(json.error.fields)).toContain(field);
  });

  it("names the valid scenarios when the scenario is unknown", async () => {
    const res = await postJson("/api/demo/request", { email: randomEmail(), scenario: "moon-base" });
    const json = (await res.json()) as { error: { fields: { scenario: string[] } } };
    expect(json.error.fields.scenario.join(" ")).toContain("urban-tower");
  });

  it("answers 400 for malformed JSON and for a JSON value that is not an object", async () => {
    const bad = await postJson("/api/demo/request", "{ email: ");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
    const array = await postJson("/api/demo/request", "[1,2]");
    expect(array.status).toBe(400);
  });

  it("answers 413 for a body over 8 KB and stores nothing", async () => {
    const email = randomEmail("big");
    const res = await postJson("/api/demo/request", { email, name: "x".repeat(9000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    expect(await ownerQuery("SELECT 1 FROM platform_leads WHERE email = $1", [email])).toHaveLength(0);
  });

  it("answers in English with locale: en", async () => {
    const res = await postJson("/api/demo/request", { email: "nope", locale: "en" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/valid email/i);
    const created = await postJson("/api/demo/request", { email: randomEmail(), locale: "en" });
    expect(((await created.json()) as { message: string }).message).toBe(
      "Your demo is ready. We emailed you a one-click sign-in link and a 6-digit code.",
    );
  });

  it("limits each IP to 5 requests per hour: the 6th gets 429 with Retry-After and the generic message", async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i++)
      expect((await postJson("/api/demo/request", { email: randomEmail(), profile: "admin_ph" }, { ip })).status).toBe(201);
    const limited = await postJson("/api/demo/request", { email: randomEmail(), profile: "admin_ph" }, { ip });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await limited.json()).toEqual({ error: { code: "rate_limited", message: RATE_LIMITED } });
    // A sales lead from the same address is still recorded (its own budget); another address is another budget.
    expect((await postJson("/api/demo/request", { email: randomEmail(), profile: "sales" }, { ip })).status).toBe(200);
    expect((await postJson("/api/demo/request", { email: randomEmail(), profile: "admin_ph" })).status).toBe(201);
  });

  it("limits each email to 3 requests per day, whatever the IP", async () => {
    const email = randomEmail("daily");
    for (let i = 0; i < 3; i++) expect([200, 201]).toContain((await postJson("/api/demo/request", { email })).status);
    const limited = await postJson("/api/demo/request", { email: email.toUpperCase() });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toBe(RATE_LIMITED);
  });

  it("refuses disposable mailboxes with a clear 400 and stores nothing", async () => {
    const email = `bot-${Date.now()}@mailinator.com`;
    const res = await postJson("/api/demo/request", { email });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string; fields: { email: string[] } } };
    expect(json.error).toMatchObject({ code: "validation_failed", fields: { email: ["disposable_email"] } });
    expect(json.error.message).toMatch(/temporales|desechables/);
    expect(await ownerQuery("SELECT 1 FROM platform_leads WHERE email = $1", [email])).toHaveLength(0);
    expect((await postJson("/api/demo/request", { email: `x@sub.yopmail.com` })).status).toBe(400);
  });

  it("treats +tag aliases as the same person for one demo per email", async () => {
    const base = randomEmail("alias");
    const alias = base.replace("@", "+second@");
    expect((await postJson("/api/demo/request", { email: base })).status).toBe(201);
    const again = await postJson("/api/demo/request", { email: alias });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ already_exists: true });
    expect(await ownerQuery("SELECT 1 FROM users WHERE email = $1", [alias])).toHaveLength(0);
  });
});
