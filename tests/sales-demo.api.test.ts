// Sales creates a demo for a named prospect over HTTP (docs/sales.md#sales-created-demo): 201 with the demo and the
// invitation in the prospect's real inbox (a working sign-in link), the chosen duration, audited with the sales person as
// actor; one demo per person still holds (200 already_exists, nothing sent); bad input is a 400 with the fields;
// only the sales team may call it.
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl, createDemo, login, loginWithLink, ownerQuery, randomEmail } from "./support/app";
import { listEmails, waitForSignInEmail } from "./support/inbox";

// The second sales address of the test run (scripts/test.ts), so this file does not spend sales@'s login codes.
const SALES = "closer@assembly.test";
const DAY_MS = 86_400_000;
let cookie: string;

type Body = {
  status?: string;
  message?: string;
  organizationId?: string | null;
  demo?: { organizationId: string; email: string; name: string | null; organizationName: string; scenario: string; demoExpiresAt: string };
  error?: { code: string; fields?: Record<string, string[]> };
};

async function createSalesDemo(body: unknown, withCookie = cookie): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${appUrl()}/api/admin/demos`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(withCookie ? { cookie: withCookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

beforeAll(async () => {
  cookie = await login(SALES);
});

describe("POST /api/admin/demos", () => {
  it("creates the demo (chosen scenario, name and duration), invites the prospect, audits the sales person", async () => {
    const email = randomEmail("invited");
    const before = Date.now();
    const res = await createSalesDemo({
      email,
      name: "Marta Ruiz",
      scenario: "small-building",
      organizationName: "Edificio Ceiba P.H.",
      durationDays: 7,
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("created");
    const demo = res.body.demo!;
    expect(demo).toMatchObject({ email, name: "Marta Ruiz", organizationName: "Edificio Ceiba P.H.", scenario: "small-building" });
    const expires = new Date(demo.demoExpiresAt).getTime();
    expect(expires - before).toBeGreaterThan(7 * DAY_MS - 60_000);
    expect(expires - before).toBeLessThan(7 * DAY_MS + 60_000);

    const [org] = await ownerQuery<{ name: string; scenario: string; units: number }>(
      "SELECT name, scenario, (SELECT count(*)::int FROM units WHERE organization_id = o.id) AS units FROM organizations o WHERE id = $1",
      [demo.organizationId],
    );
    expect(org).toMatchObject({ name: "Edificio Ceiba P.H.", scenario: "small-building" });
    expect(org!.units).toBeGreaterThan(0);
    const [lead] = await ownerQuery("SELECT lead_source, funnel_stage, name, organization_id FROM platform_leads WHERE email = $1", [
      email,
    ]);
    expect(lead).toEqual({ lead_source: "sales", funnel_stage: "demo_active", name: "Marta Ruiz", organization_id: demo.organizationId });
    const audit = await ownerQuery("SELECT actor, action FROM audit_log WHERE organization_id = $1", [demo.organizationId]);
    expect(audit).toEqual([{ actor: SALES, action: "created" }]);
    const outbox = await ownerQuery("SELECT 1 FROM outbox_events WHERE event_type = 'demo.created' AND payload->>'organizationId' = $1", [
      demo.organizationId,
    ]);
    expect(outbox).toHaveLength(1);

    // The invitation arrives in the prospect's inbox, and its one-click link signs them in to THIS demo.
    const invitation = await waitForSignInEmail(email);
    expect(invitation.text).toContain("Edificio Ceiba P.H.");
    expect(invitation.text).toMatch(/equipo de ventas/);
    const prospect = await loginWithLink(email, invitation.token);
    const overview = await fetch(`${appUrl()}/api/dashboard/overview`, { headers: { cookie: prospect } });
    expect(overview.status).toBe(200);
    expect(overview.headers.get("x-demo-tenant")).toBe(demo.organizationId);
  });

  it("keeps one demo per person: 200 already_exists, nothing created or sent (aliases included)", async () => {
    const email = await createDemo();
    const [existing] = await ownerQuery<{ organization_id: string }>("SELECT organization_id FROM users WHERE email = $1", [email]);
    const inboxBefore = (await listEmails(email)).length;
    for (const address of [email, email.replace("@", "+sales@")]) {
      const res = await createSalesDemo({ email: address, scenario: "urban-tower", durationDays: 10 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: "already_exists", organizationId: existing!.organization_id });
    }
    const [count] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE email_key = $1", [email]);
    expect(count!.n).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect((await listEmails(email)).length).toBe(inboxBefore);
  });

  it("refuses bad input with 400 and the fields", async () => {
    for (const durationDays of [0, 31, 2.5, "x"]) {
      const res = await createSalesDemo({ email: randomEmail(), scenario: "urban-tower", durationDays });
      expect(res.status, String(durationDays)).toBe(400);
      expect(res.body.error?.fields?.durationDays).toBeDefined();
    }
    const res = await createSalesDemo({ email: "nope", scenario: "moon-base" });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error?.fields ?? {}).sort()).toEqual(["durationDays", "email", "scenario"]);
  });

  it("is for the sales team only: 401 without a session, 403 for a prospect", async () => {
    const body = { email: randomEmail(), scenario: "urban-tower", durationDays: 5 };
    expect((await createSalesDemo(body, "")).status).toBe(401);
    const prospect = await login(await createDemo());
    expect((await createSalesDemo(body, prospect)).status).toBe(403);
    expect(await ownerQuery("SELECT 1 FROM users WHERE email = $1", [body.email])).toEqual([]);
  });
});
