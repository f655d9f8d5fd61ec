// The lifecycle's dead ends, each as a prospect or a sales person meets it, over HTTP against the running app, the
// real database and the inbox (docs/rules.md#demo-lifecycle, docs/rules.md#personal-data-ley-1581-de-2012).
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_NOTICE_VERSION } from "@/lib/privacy";
import { getAnalytics } from "@/server/admin/get-analytics";
import { expireDemos } from "@/server/demo/expire-demos";
import { purgeDemoData } from "@/server/lifecycle/purge-demo-data";
import { appUrl, createDemo, login, loginWithCode, ownerQuery, postJson, randomEmail, randomIp, orgIdOf } from "./support/app";
import { inboxSnapshot, listEmails, waitForOtpCode } from "./support/inbox";

const SALES = "sales.deadends@assembly.test";
let salesCookie: string;

beforeAll(async () => {
  salesCookie = await login(SALES);
  // The shared sales account may ask for 5 codes an hour; this file's login must not spend the budget the
  // other files and the e2e run count on.
  await ownerQuery("DELETE FROM rate_limit_counters WHERE key = $1", [`otpRequestPerEmail:${SALES}`]);
});

function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  return fetch(`${appUrl()}${path}`, { redirect: "manual", headers: { ...(cookie ? { cookie } : {}), ...headers } });
}

/**
 * Where a page sends the browser: a 307's Location, or — for a page whose loading skeleton already streamed — the
 * redirect Next writes into the page (`<meta id="__next-page-redirect" … url=…>`, followed at once by the browser).
 */
async function redirectTarget(res: Response): Promise<string | null> {
  if (res.status === 307) return new URL(res.headers.get("location")!, appUrl()).pathname;
  const meta = /__next-page-redirect" http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(await res.text());
  return meta ? new URL(meta[1]!, appUrl()).pathname : null;
}

function post(path: string, cookie: string, body?: unknown) {
  return fetch(`${appUrl()}${path}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A fresh person with a "+tag" alias: `{ base: "ana-…@example.com", alias: "ana-…+3@example.com" }`. */
function person(prefix = "alias") {
  const local = `${prefix}-${randomBytes(5).toString("hex")}`;
  return { base: `${local}@example.com`, alias: `${local}+3@example.com` };
}

describe("dead end 1: a converted customer is locked out", () => {
  it("a converted organization never expires, shows no countdown, and the lifecycle neither expires nor purges it", async () => {
    const email = await createDemo();
    const id = await orgIdOf(email);
    expect((await post(`/api/admin/demos/${id}/convert`, salesCookie, {})).status).toBe(200);
    // The trial's date passes, long ago: a customer keeps working.
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '40 days' WHERE id = $1", [id]);
    const cookie = await login(email);

    const overview = await get("/api/dashboard/overview", cookie);
    expect(overview.status).toBe(200);
    const page = await get("/dashboard/admin-ph?mode=demo", cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain("Demo vencido");
    expect(html).not.toMatch(/Tu demo vence en/);

    await expireDemos();
    await purgeDemoData({ retentionDays: 1 });
    const [row] = await ownerQuery<{ status: string; purged: boolean; units: number }>(
      `SELECT status, purged_at IS NOT NULL AS purged, (SELECT count(*)::int FROM units WHERE organization_id = $1) AS units
       FROM organizations WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: "converted", purged: false, units: 50 });
  });
});

describe("dead ends 2 and 3: +tag aliases are one person", () => {
  it("an alias is told the person's demo exists, creates no second lead, and its login code signs into the one account", async () => {
    const { base, alias } = person();
    await createDemo(base);
    const again = await postJson("/api/demo/request", { email: alias, profile: "admin_ph" });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ already_exists: true, status: "active" });

    const leads = await ownerQuery<{ email: string; organization_id: string; request_count: number }>(
      "SELECT email, organization_id, request_count FROM platform_leads WHERE email_key = $1",
      [base],
    );
    expect(leads).toEqual([{ email: base, organization_id: await orgIdOf(base), request_count: 2 }]);
    const [orgs] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE email_key = $1", [base]);
    expect(orgs!.n).toBe(1);

    // The code goes to the address typed; the session is the account's.
    const before = await inboxSnapshot(alias);
    expect((await postJson("/api/auth/otp/request", { email: alias })).status).toBe(200);
    const code = await waitForOtpCode(alias, before);
    const cookie = await loginWithCode(alias, code);
    const overview = await get("/api/dashboard/overview", cookie);
    expect(overview.status).toBe(200);
    expect(overview.headers.get("x-demo-tenant")).toBe(await orgIdOf(base));
  });

  it("works the other way round: the demo of an alias is reached by signing in with the plain address", async () => {
    const { base, alias } = person("reverse");
    await createDemo(alias);
    const cookie = await login(base);
    const overview = await get("/api/dashboard/overview", cookie);
    expect(overview.status).toBe(200);
    expect(overview.headers.get("x-demo-tenant")).toBe(await orgIdOf(alias));
    const [leads] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM platform_leads WHERE email_key = $1", [base]);
    expect(leads!.n).toBe(1);
  });
});

describe("dead end 3: duplicate leads inflate the funnel", () => {
  it("counts one lead per person, so the funnel's demos match the demos created", async () => {
    const first = person("funnel");
    const second = person("funnel");
    await createDemo(first.base);
    await createDemo(second.alias);
    for (const email of [first.alias, second.base, `${first.base.split("@")[0]}+otra@example.com`]) {
      expect((await postJson("/api/demo/request", { email, profile: "admin_ph" })).status).toBe(200);
    }
    // An hour of its own in the past, so that the other tests' leads and demos stay out of the range.
    const from = new Date(Date.UTC(2025, 0, 1) + Math.floor(Math.random() * 300 * 24) * 3_600_000);
    const keys = [first.base, second.base];
    await ownerQuery("UPDATE platform_leads SET created_at = $2 WHERE email_key = ANY($1)", [keys, from]);
    await ownerQuery("UPDATE organizations SET created_at = $2 WHERE id IN (SELECT organization_id FROM users WHERE email_key = ANY($1))", [
      keys,
      from,
    ]);
    const analytics = await getAnalytics({ from, to: new Date(from.getTime() + 3_600_000) });
    const demosCreated = analytics.perDay.reduce((sum, d) => sum + d.demosCreated, 0);
    expect({ leads: analytics.funnel.leads, withDemo: analytics.funnel.demo, demosCreated }).toEqual({
      leads: 2,
      withDemo: 2,
      demosCreated: 2,
    });
  });
});

describe("dead end 4: anyone can rename a lead", () => {
  it("keeps the first name and records a later one as history, shown in the console's lead panel", async () => {
    const { base, alias } = person("rename");
    await createDemo(base, { name: "Ana Pérez", building_name: "Torres del Parque" });
    const res = await postJson("/api/demo/request", { email: alias, name: "Mallory", building_name: "Otro" });
    expect(res.status).toBe(200);
    const [lead] = await ownerQuery<{ id: string; name: string; building_name: string }>(
      "SELECT id, name, building_name FROM platform_leads WHERE email_key = $1",
      [base],
    );
    expect(lead).toMatchObject({ name: "Ana Pérez", building_name: "Torres del Parque" });
    const history = await ownerQuery<{ field: string; value: string; email: string }>(
      "SELECT field, value, email FROM lead_history WHERE lead_id = $1 ORDER BY field",
      [lead!.id],
    );
    expect(history).toEqual([
      { field: "building_name", value: "Otro", email: alias },
      { field: "email", value: alias, email: alias },
      { field: "name", value: "Mallory", email: alias },
    ]);
    const page = await get(`/admin/demos/${await orgIdOf(base)}`, salesCookie);
    const html = await page.text();
    expect(html).toContain("Mallory");
    expect(html.match(/data-testid="lead-history-row"/g)).toHaveLength(3);
  });
});

describe("dead end 5: page views are inflated", () => {
  it("N actions that refresh a page count one page view; each action is a feature_used event", async () => {
    const email = await createDemo();
    const id = await orgIdOf(email);
    const cookie = await login(email);
    const [ids] = await ownerQuery<{ assembly: string; units: string[] }>(
      `SELECT (SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'scheduled' LIMIT 1) AS assembly,
              (SELECT array_agg(id) FROM (SELECT id FROM units WHERE organization_id = $1 ORDER BY tower, number LIMIT 3) u) AS units`,
      [id],
    );
    const path = `/dashboard/admin-ph/assemblies/${ids!.assembly}`;
    // The person opens the page: the document, then the browser's beacon.
    expect((await get(path, cookie)).status).toBe(200);
    expect((await post("/api/page-views", cookie, { section: "assemblies" })).status).toBe(204);
    // Three registrations, each followed by the server render of the same page that `router.refresh()` asks for.
    for (const unitId of ids!.units) {
      expect((await post(`/api/assemblies/${ids!.assembly}/attendance`, cookie, { unitId })).status).toBe(201);
      expect((await get(path, cookie)).status).toBe(200);
    }
    const counts = await ownerQuery<{ type: string; n: number }>(
      "SELECT type, count(*)::int AS n FROM demo_events WHERE organization_id = $1 AND type IN ('page_view', 'feature_used') GROUP BY 1 ORDER BY 1",
      [id],
    );
    expect(counts).toEqual([
      { type: "feature_used", n: 3 },
      { type: "page_view", n: 1 },
    ]);
    // A bad beacon is a 400, not a view.
    expect((await post("/api/page-views", cookie, { section: "nowhere" })).status).toBe(400);
  });
});

describe("dead end 6: a returning prospect whose demo expired", () => {
  it("is told it expired, with the date, and gets the data to offer sales and more time", async () => {
    const email = await createDemo();
    await ownerQuery("UPDATE organizations SET demo_expires_at = '2026-11-20T15:00:00Z' WHERE id = $1", [await orgIdOf(email)]);
    const res = await postJson("/api/demo/request", { email, profile: "admin_ph" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ already_exists: true, login_url: "/login", status: "expired", expiredAt: "2026-11-20T15:00:00.000Z" });
    expect(body.message).toBe("Tu demo de Assembly venció el 20 de noviembre de 2026. Puedes hablar con ventas o pedir más tiempo.");
    expect(body.message).not.toContain("Ya tienes una cuenta demo");
  });

  it("sees on the expired screen what happens next: data kept until a date, more time, sales", async () => {
    const email = await createDemo();
    const cookie = await login(email);
    await ownerQuery("UPDATE organizations SET demo_expires_at = '2026-11-20T15:00:00Z' WHERE id = $1", [await orgIdOf(email)]);
    const html = await (await get("/dashboard/admin-ph?mode=demo", cookie)).text();
    expect(html).toContain("Demo vencido");
    expect(html).toContain("terminó el 20 de noviembre de 2026");
    // DEMO_RETENTION_DAYS (30 by default) after the end.
    expect(html).toContain("hasta el 20 de diciembre de 2026");
    expect(html).toContain("¿Qué pasa ahora?");
  });
});

describe("dead end 7: a sales user opens a demo dashboard URL", () => {
  it("goes to the console", async () => {
    for (const path of ["/dashboard/admin-ph?mode=demo", "/dashboard/admin-ph/units", "/dashboard/admin-ph/assemblies"]) {
      expect(await redirectTarget(await get(path, salesCookie))).toBe("/admin");
    }
  });
});

describe("consent (Ley 1581 de 2012)", () => {
  it("records the authorization with its time and the notice's version; without it the request works and records none", async () => {
    const given = randomEmail("consent");
    const none = randomEmail("noconsent");
    expect((await postJson("/api/demo/request", { email: given, profile: "resident", consent: true })).status).toBe(200);
    expect((await postJson("/api/demo/request", { email: none, profile: "resident" })).status).toBe(200);
    const rows = await ownerQuery<{ email: string; consent_given: boolean; recent: boolean; consent_notice_version: string | null }>(
      `SELECT email, consent_given, consent_at > now() - interval '1 minute' AS recent, consent_notice_version
       FROM platform_leads WHERE email = ANY($1) ORDER BY email`,
      [[given, none]],
    );
    expect(rows).toEqual([
      { email: given, consent_given: true, recent: true, consent_notice_version: PRIVACY_NOTICE_VERSION },
      { email: none, consent_given: false, recent: null, consent_notice_version: null },
    ]);
    const bad = await postJson("/api/demo/request", { email: randomEmail(), consent: "yes" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "validation_failed", fields: { consent: ["invalid_consent"] } } });
  });

  it("serves the privacy notice in Spanish and English with the controller and the holder's rights", async () => {
    const es = await get("/privacidad");
    expect(es.status).toBe(200);
    const esHtml = await es.text();
    for (const text of ["Responsable del tratamiento", "Conocer", "Actualizar", "Rectificar", "Suprimir", "privacidad@assembly.test"]) {
      expect(esHtml).toContain(text);
    }
    const en = await get("/privacidad", undefined, { cookie: "locale=en" });
    const enHtml = await en.text();
    expect(enHtml).toContain("Data controller");
    expect(enHtml).toContain("Your rights");
  });
});

describe("erasure on request (Ley 1581 de 2012 art. 8)", () => {
  it("anonymizes the lead, deletes the demo and its account, audits it and tells the CRM — after a confirmation", async () => {
    const email = await createDemo(randomEmail("erase"), { name: "Titular Real", building_name: "Edificio Real" });
    const id = await orgIdOf(email);
    const prospect = await login(email, randomIp());
    const [lead] = await ownerQuery<{ id: string }>("SELECT id FROM platform_leads WHERE email = $1", [email]);
    const erase = (leadId: string, body: unknown) => post(`/api/admin/leads/${leadId}/erase`, salesCookie, body);

    expect((await erase(lead!.id, { confirmEmail: "otra@example.com" })).status).toBe(400);
    expect((await erase(lead!.id, {})).status).toBe(400);
    expect((await erase("not-a-uuid", { confirmEmail: email })).status).toBe(404);
    expect((await erase("00000000-0000-4000-8000-000000000000", { confirmEmail: email })).status).toBe(404);
    expect((await fetch(`${appUrl()}/api/admin/leads/${lead!.id}/erase`, { method: "POST", body: "{}" })).status).toBe(401);
    expect(await ownerQuery("SELECT 1 FROM organizations WHERE id = $1", [id])).toHaveLength(1);

    const res = await erase(lead!.id, { confirmEmail: ` ${email.toUpperCase()} ` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ success: true, leadId: lead!.id, organizationsDeleted: 1 });

    expect(await ownerQuery("SELECT 1 FROM organizations WHERE id = $1", [id])).toHaveLength(0);
    expect(await ownerQuery("SELECT 1 FROM units WHERE organization_id = $1", [id])).toHaveLength(0);
    expect(await ownerQuery("SELECT 1 FROM users WHERE email = $1", [email])).toHaveLength(0);
    expect(await ownerQuery("SELECT 1 FROM email_outbox WHERE to_address = $1", [email])).toHaveLength(0);
    expect(await ownerQuery("SELECT 1 FROM demo_events WHERE actor = $1", [email])).toHaveLength(0);
    const [anonymized] = await ownerQuery(
      "SELECT email, name, building_name, ip, erased_at IS NOT NULL AS erased FROM platform_leads WHERE id = $1",
      [lead!.id],
    );
    expect(anonymized).toEqual({ email: `erased-${lead!.id}@erased.invalid`, name: null, building_name: null, ip: null, erased: true });
    const [audit] = await ownerQuery<{ actor: string; before: Record<string, unknown> }>(
      "SELECT actor, before FROM audit_log WHERE action = 'erased' AND lead_email = $1",
      [`erased-${lead!.id}@erased.invalid`],
    );
    expect(audit).toMatchObject({ actor: SALES, before: { leadId: lead!.id, organizationIds: [id], hadDemo: true } });
    const [event] = await ownerQuery<{ payload: Record<string, unknown> }>("SELECT payload FROM outbox_events WHERE idempotency_key = $1", [
      `lead.erased:${lead!.id}`,
    ]);
    expect(event!.payload).toMatchObject({ type: "lead.erased", email, data: { leadId: lead!.id, organizationIds: [id] } });

    // The holder's old session is gone with the account; erasing twice is refused.
    expect((await get("/api/dashboard/overview", prospect)).status).toBe(401);
    expect((await erase(lead!.id, { confirmEmail: email })).status).toBe(409);
    expect(await listEmails(email)).not.toHaveLength(0); // what was already delivered stays in the holder's mailbox
  });
});

describe("the console's lead page", () => {
  it("shows a lead without a demo with its authorization, and erases it on request", async () => {
    const email = randomEmail("leadonly");
    expect((await postJson("/api/demo/request", { email, profile: "resident", name: "Rosa", consent: true })).status).toBe(200);
    const [lead] = await ownerQuery<{ id: string }>("SELECT id FROM platform_leads WHERE email = $1", [email]);
    const page = await get(`/admin/leads/${lead!.id}`, salesCookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Rosa");
    expect(html).toMatch(/data-testid="lead-consent"[^>]*>Dada el /);
    expect(html).toContain('data-testid="erase-panel"');
    expect((await get("/admin/leads/00000000-0000-4000-8000-000000000000", salesCookie)).status).toBe(404);

    const erased = await post(`/api/admin/leads/${lead!.id}/erase`, salesCookie, { confirmEmail: email, reason: "Solicitud del titular" });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ organizationsDeleted: 0 });
    const after = await (await get(`/admin/leads/${lead!.id}`, salesCookie)).text();
    expect(after).not.toContain("Rosa");
    expect(after).not.toContain('data-testid="erase-panel"');
  });
});

describe("polish", () => {
  it("the console shows labels instead of codes in a demo's detail", async () => {
    const email = await createDemo();
    const html = await (await get(`/admin/demos/${await orgIdOf(email)}`, salesCookie)).text();
    expect(html).toContain("Urban Tower (50 unidades)");
    expect(html).toContain("Administrador PH");
    expect(html).toContain("Demo creado");
    expect(html).not.toMatch(/>admin_ph</);
    expect(html).not.toMatch(/>urban-tower</);
  });

  it("an unknown URL gets the branded 404 in both languages", async () => {
    const res = await get("/esta-pagina-no-existe");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("No encontramos esta página");
    expect(html).toContain("We could not find this page");
  });

  it("the landing page carries Open Graph tags in its language", async () => {
    const html = await (await get("/es")).text();
    expect(html).toMatch(/<meta property="og:title" content="Assembly — [^"]+"/);
    expect(html).toContain('<meta property="og:locale" content="es_CO"');
    expect(html).toContain('<meta property="og:description"');
  });
});
