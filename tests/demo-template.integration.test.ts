// Provisioning by copying the scenario's template inside PostgreSQL (docs/scale.md): a demo made on
// another day than its template holds exactly what the scenario code builds for that day (ids aside),
// the template itself is out of every tenant's and the platform's sight, and the copy function cannot
// be used to read or write anything else.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { provisionDemo } from "@/server/demo/provision-demo";
import { buildScenarioContent } from "@/server/scenarios/build-scenario-content";
import { getScenario, localizeScenario } from "@/server/scenarios/registry";
import { ensureScenarioTemplate, templateKey } from "@/server/scenarios/scenario-template";
import type { ScenarioContent } from "@/server/scenarios/types";
import { readProductRows } from "./support/tenancy";

const DAY_MS = 24 * 60 * 60 * 1000;
let app: pg.Client;

/** A row without its ids and organization, decimals as numbers, dates as ISO text: what a person sees. */
function visible(row: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row).sort(([a], [b]) => a.localeCompare(b))) {
    if (key === "id" || key.endsWith("Id")) continue;
    if (value instanceof Date) out[key] = value.toISOString();
    else if (Prisma.Decimal.isDecimal(value)) out[key] = Number(String(value));
    else if (typeof value === "string" && /^\d+\.\d+$/.test(value)) out[key] = Number(value);
    else out[key] = value;
  }
  return JSON.stringify(out);
}

const readAll = readProductRows;

beforeAll(async () => {
  app = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await app.connect();
});
afterAll(async () => {
  await app.end();
});

describe("demo from the scenario's template", () => {
  it("holds, 40 days after the template was built, exactly the rows the scenario builds for that day", async () => {
    const scenario = getScenario("urban-tower");
    const template = await ensureScenarioTemplate(scenario);
    const now = new Date(template.referenceAt.getTime() + 40 * DAY_MS + 13 * 60 * 60 * 1000);
    const result = await provisionDemo({ email: `template-${crypto.randomUUID()}@example.com`, scenario, now });
    if (!result.created) throw new Error("expected a new demo");

    const expected = buildScenarioContent(scenario, { organizationId: result.organizationId, now });
    const stored = await readAll(result.organizationId);
    for (const table of Object.keys(expected) as (keyof ScenarioContent)[]) {
      const want = expected[table].map((row) => visible(row)).sort();
      const got = stored[table].map((row) => visible(row)).sort();
      expect(got, table).toEqual(want);
      expect(result.rows[table], table).toBe(want.length);
    }
    // The graph is the template's: every vote's unit and agenda item are the demo's own.
    const units = new Set(stored.units.map((u) => u.id));
    const items = new Set(stored.agendaItems.map((a) => a.id));
    expect(stored.votes.every((v) => units.has(v.unitId) && items.has(v.agendaItemId))).toBe(true);
    // Minutes (compared above as text) carry their assembly's shifted date, not the template's.
    expect(stored.assemblies.filter((a) => a.minutes).length).toBeGreaterThan(0);
    // Ids keep the indexes small as demos pile up (docs/scale.md): the organization's is a UUIDv7, and
    // every row of the demo starts with its first half.
    expect(result.organizationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const prefix = result.organizationId.replaceAll("-", "").slice(0, 16);
    const ids = Object.values(stored).flatMap((rows) => rows.map((row) => String(row.id).replaceAll("-", "")));
    expect(ids.length).toBeGreaterThan(500);
    expect(ids.filter((id) => !id.startsWith(prefix))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("speaks the demo's language and names the prospect's building: an English demo for 'Torres del Parque', 40 days on", async () => {
    const base = getScenario("urban-tower");
    const english = localizeScenario(base, "en");
    const template = await ensureScenarioTemplate(english);
    const now = new Date(template.referenceAt.getTime() + 40 * DAY_MS + 13 * 60 * 60 * 1000);
    const organizationName = "P.H. Torres del Parque";
    const result = await provisionDemo({
      email: `template-en-${crypto.randomUUID()}@example.com`,
      scenario: base,
      locale: "en",
      organizationName,
      now,
    });
    if (!result.created) throw new Error("expected a new demo");

    const expected = buildScenarioContent(english, { organizationId: result.organizationId, now, organizationName });
    const stored = await readAll(result.organizationId);
    for (const table of Object.keys(expected) as (keyof ScenarioContent)[]) {
      expect(stored[table].map((row) => visible(row)).sort(), table).toEqual(expected[table].map((row) => visible(row)).sort());
    }
    const minutes = stored.assemblies.flatMap((a) => (a.minutes ? [a.minutes] : []));
    expect(minutes.length).toBeGreaterThan(0);
    for (const text of minutes) {
      expect(text).toContain("P.H. Torres del Parque");
      expect(text).not.toContain("Urban Tower");
      expect(text).toMatch(/^MINUTES NO\. \d+\n/);
      expect(text).not.toMatch(/ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de /);
    }
    expect(stored.units.every((u) => u.tower === "Tower A")).toBe(true);
    expect(stored.assemblies.map((a) => a.title)).toContain("Ordinary General Meeting of Owners");
    // The Spanish template is still there: each language keeps its own.
    await expect(ensureScenarioTemplate(base)).resolves.toMatchObject({ id: expect.any(String) });
    expect(templateKey(base)).not.toBe(templateKey(english));
  });

  it("is invisible: no user, not a demo, not readable by the app role bound to another organization", async () => {
    const scenario = getScenario("small-building");
    const template = await ensureScenarioTemplate(scenario);
    const row = await prisma.organization.findUniqueOrThrow({
      where: { id: template.id },
      select: { isDemo: true, templateKey: true, users: { select: { id: true } } },
    });
    expect(row).toEqual({ isDemo: false, templateKey: templateKey(scenario), users: [] });

    const result = await provisionDemo({ email: `template-${crypto.randomUUID()}@example.com`, scenario });
    if (!result.created) throw new Error("expected a new demo");
    await app.query("BEGIN");
    try {
      await app.query("SELECT set_config('app.organization_id', $1, true)", [result.organizationId]);
      const { rows } = await app.query("SELECT count(*)::int AS n FROM units WHERE organization_id = $1", [template.id]);
      expect(rows[0].n).toBe(0);
    } finally {
      await app.query("ROLLBACK");
    }
  });

  it("copies only into the organization the transaction is bound to, and refuses with none bound", async () => {
    const scenario = getScenario("small-building");
    const template = await ensureScenarioTemplate(scenario);
    await expect(app.query("SELECT clone_demo_template($1::uuid, 0)", [template.id])).rejects.toThrow();
    // Bound to an organization that is not a template: copying a non-template reads nothing.
    const result = await provisionDemo({ email: `template-${crypto.randomUUID()}@example.com`, scenario });
    if (!result.created) throw new Error("expected a new demo");
    const other = await provisionDemo({ email: `template-${crypto.randomUUID()}@example.com`, scenario });
    if (!other.created) throw new Error("expected a new demo");
    await app.query("BEGIN");
    try {
      await app.query("SELECT set_config('app.organization_id', $1, true)", [crypto.randomUUID()]);
      const { rows } = await app.query("SELECT clone_demo_template($1::uuid, 0) AS counts", [other.organizationId]);
      expect(rows[0].counts.units).toBe(0);
    } finally {
      await app.query("ROLLBACK");
    }
  });
});
