// POST /api/demo/time-travel over HTTP (docs/rules.md#time-travel-the-demos-content-clock): a signed-in demo moves its
// content clock 30 days — dues move, the upcoming assembly comes due, the overview shows the activity and
// the demo's date — while demo_expires_at stays; bad input answers 400, too far 409, no session 401.
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery } from "./support/app";

async function post(path: string, body: unknown, cookie?: string) {
  const res = await fetch(`${appUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { error?: { code: string; fields?: Record<string, string[]> } },
  };
}

describe("time travel API", () => {
  it("moves the content 30 days ahead without touching the demo's expiry, and the overview shows it", async () => {
    const email = await createDemo();
    const cookie = await login(email);
    const [before] = await ownerQuery<{ id: string; demo_expires_at: Date }>(
      "SELECT o.id, o.demo_expires_at FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.email = $1",
      [email],
    );

    const moved = await post("/api/demo/time-travel", { days: 30 }, cookie);
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ offsetDays: 30, assembliesDue: 1, demoExpiresAt: before!.demo_expires_at.toISOString() });
    expect((moved.body.caughtUp as number) + (moved.body.fellBehind as number)).toBeGreaterThan(0);
    const [after] = await ownerQuery<{ demo_expires_at: Date; content_clock_offset_days: number }>(
      "SELECT demo_expires_at, content_clock_offset_days FROM organizations WHERE id = $1",
      [before!.id],
    );
    expect(after!.demo_expires_at.toISOString()).toBe(before!.demo_expires_at.toISOString());
    expect(after!.content_clock_offset_days).toBe(30);

    const page = await fetch(`${appUrl()}/dashboard/admin-ph?mode=demo`, { headers: { cookie } });
    const html = await page.text();
    expect(html).toContain("30 días adelante");
    expect(html).toMatch(/data-kind="assembly_due"/);
    expect(html).toContain("Avanzar 30 días");
  });

  it("answers 400 for bad days, 409 past 90 days ahead, 401 without a session", async () => {
    const email = await createDemo();
    const cookie = await login(email);
    for (const body of [{ days: 0 }, { days: 31 }, { days: 1.5 }, { days: "30" }, {}, "not json"]) {
      const res = await post("/api/demo/time-travel", body, cookie);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    for (let i = 0; i < 3; i++) expect((await post("/api/demo/time-travel", { days: 30 }, cookie)).status).toBe(200);
    const refused = await post("/api/demo/time-travel", { days: 1 }, cookie);
    expect(refused.status).toBe(409);
    expect(refused.body.error!.code).toBe("conflict");
    expect((await post("/api/demo/time-travel", { days: 30 })).status).toBe(401);
  });
});
