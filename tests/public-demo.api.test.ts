// The read-only public demo (docs/rules.md#tenancy-and-isolation): visitors without an account see the QA content on several
// pages (overview, units, assemblies with their minutes); nothing can
// be written without a session of one's own demo.
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, ownerQuery, randomEmail } from "./support/app";

describe("public read-only demo", () => {
  it("shows the shared QA demo, marked read-only, to a visitor without a session", async () => {
    const res = await fetch(`${appUrl()}/demo`, { headers: { "accept-language": "es-CO" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Demo - P.H. Urban Tower");
    expect(html).toContain("SOLO LECTURA");
    expect(html).toContain("Crear mi demo privado");
  });

  it("has more than one page, all read-only: units, the assemblies, one assembly with its minutes; another demo's assembly is a 404", async () => {
    const get = (path: string) => fetch(`${appUrl()}${path}`, { headers: { "accept-language": "es-CO" } });
    const overview = await (await get("/demo")).text();
    for (const href of ['href="/demo/units"', 'href="/demo/assemblies"']) expect(overview).toContain(href);

    const units = await get("/demo/units");
    expect(units.status).toBe(200);
    const unitsHtml = await units.text();
    expect(unitsHtml).toContain("50 unidades");
    expect(unitsHtml.match(/data-testid="public-unit-row"/g)).toHaveLength(50);
    expect(unitsHtml).not.toMatch(/<form|<button/);

    const [closed] = await ownerQuery<{ id: string }>(
      `SELECT a.id FROM assemblies a JOIN users u ON u.organization_id = a.organization_id
       WHERE u.email = 'demo@assembly2.com' AND a.status = 'closed' AND a.quorum_percent > 50 ORDER BY a.scheduled_at DESC LIMIT 1`,
    );
    const list = await (await get("/demo/assemblies")).text();
    expect(list).toContain(`/demo/assemblies/${closed!.id}`);
    const page = await get(`/demo/assemblies/${closed!.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-testid="public-minutes"');
    expect(html).toMatch(/ACTA N\.º \d+/);
    expect(html).toMatch(/Quórum: \d+,\d %/);

    const email = randomEmail("public-other");
    await createDemo(email);
    const [foreign] = await ownerQuery<{ id: string }>(
      `SELECT a.id FROM assemblies a JOIN users u ON u.organization_id = a.organization_id WHERE u.email = $1 LIMIT 1`,
      [email],
    );
    expect((await get(`/demo/assemblies/${foreign!.id}`)).status).toBe(404);
    expect((await get("/demo/assemblies/not-a-uuid")).status).toBe(404);
  });

  it("refuses tenant APIs without a session with 401 and says the public demo is read-only", async () => {
    const res = await fetch(`${appUrl()}/api/dashboard/overview`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/solo lectura/);
  });
});
