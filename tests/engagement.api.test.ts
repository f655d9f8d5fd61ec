// Engagement over HTTP (docs/engagement.md): the onboarding API in the session's language with its
// dismissal stored per demo; the score in the console's JSON, CSV and sorted lists; asking for more
// time — also from an expired demo — auto-approved or queued, with the console's approve and its 4xx.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { onboardingItemKeys } from "@/server/engagement/onboarding-items";
import { appUrl, createDemo, login, ownerQuery, randomEmail, orgIdOf } from "./support/app";

// Its own sales person (scripts/test.ts): each sales address has 5 login codes an hour for the whole run.
const SALES = "sales.engage@assembly.test";
let salesCookie: string;
const tag = randomBytes(4).toString("hex");

beforeAll(async () => {
  salesCookie = await login(SALES);
});

async function call(method: string, path: string, cookie: string | null, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${appUrl()}${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json: json as Record<string, unknown> & { error?: { code: string; message: string } }, text };
}

/** Enough recorded use for a score of 41 (warm, engaged). */
async function makeEngaged(organizationId: string) {
  await ownerQuery(
    `INSERT INTO demo_events (organization_id, type, actor, data, created_at) VALUES
      ($1, 'login', 'p', NULL, now() - interval '1 day'), ($1, 'login', 'p', NULL, now()),
      ($1, 'page_view', 'p', '{"path":"units"}', now() - interval '1 day'),
      ($1, 'feature_used', 'p', '{"feature":"create_assembly"}', now()),
      ($1, 'feature_used', 'p', '{"feature":"change_settings","themeColor":"#00aa00"}', now())`,
    [organizationId],
  );
}

type OnboardingBody = {
  items: { key: string; title: string; done: boolean; href: string }[];
  dismissed: boolean;
  completed: number;
  total: number;
};

describe("GET/PATCH /api/onboarding", () => {
  it("lists the checklist in the session's language, ticks what the prospect did, and stores the dismissal", async () => {
    const email = await createDemo(randomEmail(`onb-${tag}`));
    const cookie = await login(email);
    expect((await call("GET", "/api/onboarding", null)).status).toBe(401);

    const first = await call("GET", "/api/onboarding", cookie);
    expect(first.status).toBe(200);
    const body = first.json as unknown as OnboardingBody;
    expect(body.items.map((i) => i.key)).toEqual([...onboardingItemKeys]);
    expect(body.items[0]).toEqual({
      key: "explore_units",
      title: "Explora las unidades y su cartera",
      done: false,
      href: "/dashboard/admin-ph/units",
    });
    expect(body).toMatchObject({ completed: 0, total: 7, dismissed: false });

    // Opening the units page is exploring them: the page loads, and its beacon counts the view as a browser does.
    expect((await fetch(`${appUrl()}/dashboard/admin-ph/units`, { headers: { cookie } })).status).toBe(200);
    expect((await call("POST", "/api/page-views", cookie, { section: "units" })).status).toBeLessThan(300);
    await expect
      .poll(async () => ((await call("GET", "/api/onboarding", cookie)).json as unknown as OnboardingBody).items[0]!.done, {
        timeout: 10_000,
      })
      .toBe(true);

    const english = (await call("GET", "/api/onboarding", `${cookie}; locale=en`)).json as unknown as OnboardingBody;
    expect(english.items.find((i) => i.key === "create_assembly")!.title).toBe("Create an assembly");

    expect((await call("PATCH", "/api/onboarding", cookie, { dismissed: "yes" })).status).toBe(400);
    expect((await call("PATCH", "/api/onboarding", cookie, "{not json")).status).toBe(400);
    const dismissed = await call("PATCH", "/api/onboarding", cookie, { dismissed: true });
    expect(dismissed).toMatchObject({ status: 200, json: { dismissed: true } });
    expect(((await call("GET", "/api/onboarding", cookie)).json as unknown as OnboardingBody).dismissed).toBe(true);
    const [row] = await ownerQuery<{ dismissed_at: Date | null }>("SELECT dismissed_at FROM demo_onboarding WHERE organization_id = $1", [
      await orgIdOf(email),
    ]);
    expect(row!.dismissed_at).toBeInstanceOf(Date);
  });
});

describe("the score in the console", () => {
  it("GET /api/admin/demos/{id} gives the demo with its engagement as JSON; unknown or invalid ids answer 404", async () => {
    const email = await createDemo(randomEmail(`json-${tag}`));
    const id = await orgIdOf(email);
    await makeEngaged(id);

    const res = await call("GET", `/api/admin/demos/${id}`, salesCookie);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      demo: { id, email, engagementScore: 41 },
      engagement: { score: 41, level: "warm", logins: 2, activeDays: 2, checklistDone: 3, features: 2, shareLinkViews: 0 },
      extensionRequests: [],
    });
    expect((await call("GET", `/api/admin/demos/${crypto.randomUUID()}`, salesCookie)).status).toBe(404);
    const invalid = await call("GET", "/api/admin/demos/not-a-uuid", salesCookie);
    expect(invalid.status).toBe(404);
    expect(invalid.json.error?.code).toBe("not_found");
    expect((await call("GET", `/api/admin/demos/${id}`, null)).status).toBe(401);
    expect((await call("GET", `/api/admin/demos/${id}`, await login(email))).status).toBe(403);
  });

  it("sorts the leads and demos pages by score and exports engagement_score in the CSV", async () => {
    const cold = await createDemo(randomEmail(`sort-${tag}-cold`));
    const hot = await createDemo(randomEmail(`sort-${tag}-warm`));
    await makeEngaged(await orgIdOf(hot));

    for (const path of [`/admin?q=sort-${tag}&sort=score_desc`, `/admin/demos?q=sort-${tag}&sort=score_desc`]) {
      const page = await call("GET", path, salesCookie);
      expect(page.status).toBe(200);
      expect(page.text.indexOf(hot)).toBeGreaterThan(-1);
      expect(page.text.indexOf(hot)).toBeLessThan(page.text.indexOf(cold));
      expect(page.text).toContain("41/100");
    }

    const csv = await call("GET", `/api/admin/leads/export?q=sort-${tag}`, salesCookie);
    expect(csv.status).toBe(200);
    const [header, ...lines] = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r\n/);
    const column = header!.split(",").indexOf("engagement_score");
    expect(column).toBeGreaterThan(-1);
    const scoreOf = (email: string) => lines.find((l) => l.startsWith(email))!.split(",")[column];
    expect(scoreOf(hot)).toBe("41");
    expect(scoreOf(cold)).toBe("0");
  });
});

describe("POST /api/demo/extension-requests", () => {
  it("queues a new demo's request for sales, refuses repeats and bad input, and sales approve it in the console", async () => {
    const email = await createDemo(randomEmail(`more-${tag}`));
    const id = await orgIdOf(email);
    const cookie = await login(email);
    expect((await call("POST", "/api/demo/extension-requests", null, {})).status).toBe(401);
    const bad = await call("POST", "/api/demo/extension-requests", cookie, { message: 42 });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.code).toBe("validation_failed");

    const asked = await call("POST", "/api/demo/extension-requests", cookie, { message: "Necesito mostrarlo al consejo" });
    expect(asked.status).toBe(201);
    expect(asked.json).toMatchObject({
      status: "pending",
      message: "Recibimos tu solicitud. El equipo de ventas te responderá pronto por correo.",
    });
    const again = await call("POST", "/api/demo/extension-requests", cookie);
    expect(again.status).toBe(409);
    expect(again.json.error).toEqual({
      code: "conflict",
      message: "Ya pediste más tiempo: el equipo de ventas está revisando tu solicitud.",
    });

    // The console lists it with approve/deny; approving extends the demo (same caps as extend).
    const demos = await call("GET", "/admin/demos", salesCookie);
    expect(demos.text).toContain("Solicitudes de más tiempo");
    expect(demos.text).toContain("Necesito mostrarlo al consejo");
    const before = (await ownerQuery<{ demo_expires_at: Date }>("SELECT demo_expires_at FROM organizations WHERE id = $1", [id]))[0]!;
    const requestId = asked.json.id as string;
    expect((await call("POST", `/api/admin/extension-requests/${requestId}/approve`, cookie, { days: 5 })).status).toBe(403);
    expect((await call("POST", `/api/admin/extension-requests/${requestId}/approve`, salesCookie, { days: 0 })).status).toBe(400);
    expect((await call("POST", `/api/admin/extension-requests/${crypto.randomUUID()}/approve`, salesCookie, { days: 5 })).status).toBe(404);
    const approved = await call("POST", `/api/admin/extension-requests/${requestId}/approve`, salesCookie, { days: 5 });
    expect(approved.status).toBe(200);
    const after = (await ownerQuery<{ demo_expires_at: Date }>("SELECT demo_expires_at FROM organizations WHERE id = $1", [id]))[0]!;
    expect(after.demo_expires_at.getTime() - before.demo_expires_at.getTime()).toBe(5 * 86_400_000);
    expect((await call("POST", `/api/admin/extension-requests/${requestId}/deny`, salesCookie)).status).toBe(409);
    const audit = await ownerQuery<{ action: string; actor: string }>(
      "SELECT action, actor FROM audit_log WHERE organization_id = $1 ORDER BY id",
      [id],
    );
    expect(audit.map((a) => `${a.action}:${a.actor}`)).toEqual(
      expect.arrayContaining([`extension_requested:${email}`, `extended:${SALES}`]),
    );
  });

  it("approves an engaged demo's first request at once — even from the expired page — and only once", async () => {
    const email = await createDemo(randomEmail(`auto-${tag}`));
    const id = await orgIdOf(email);
    const cookie = await login(email);
    await makeEngaged(id);
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '1 day' WHERE id = $1", [id]);

    // The expired prospect still signs in and sees "Demo vencido" with "Pedir más tiempo".
    const page = await call("GET", "/dashboard/admin-ph", cookie);
    expect(page.text).toContain("Demo vencido");
    expect(page.text).toContain("Pedir más tiempo");
    expect((await call("GET", "/api/onboarding", cookie)).status).toBe(403);

    const asked = await call("POST", "/api/demo/extension-requests", cookie, {});
    expect(asked.status).toBe(201);
    expect(asked.json).toMatchObject({ status: "approved", days: 9 });
    expect(new Date(asked.json.demoExpiresAt as string).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect((await call("GET", "/api/onboarding", cookie)).status).toBe(200);

    const second = await call("POST", "/api/demo/extension-requests", cookie, {});
    expect(second.json).toMatchObject({ status: "pending" });
  });
});
