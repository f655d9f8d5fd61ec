// The database backstop under the tenant-bound data layer (docs/rules.md#tenancy-and-isolation): connected as the app's role,
// a query that forgets its organization filter still sees only the organization set for the
// transaction; with none set it is refused; writes into another organization are refused.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getScenario } from "@/server/scenarios/registry";
import { provisionDemo } from "@/server/demo/provision-demo";
import { prisma } from "@/server/db/client";
import { RLS_TABLES } from "./support/tenancy";

const PLATFORM_TABLES = [
  "users",
  "platform_leads",
  "demo_events",
  "audit_log",
  "demo_notifications",
  "email_outbox",
  "sales_contact_requests",
  "share_links",
  "demo_onboarding",
  "engagement_thresholds",
  "extension_requests",
];
let app: pg.Client;
let owner: pg.Client;
let orgA: string;
let orgB: string;
let productTables: string[];

async function provision(): Promise<string> {
  const email = `rls-${crypto.randomUUID()}@example.com`;
  const result = await provisionDemo({ email, scenario: getScenario("small-building") });
  if (!result.created) throw new Error("expected a new demo");
  return result.organizationId;
}

/** Runs `fn` in a transaction of the app role with app.organization_id = `org` (or nothing set). */
async function asTenant<T>(org: string | null, fn: () => Promise<T>): Promise<T> {
  await app.query("BEGIN");
  try {
    if (org) await app.query("SELECT set_config('app.organization_id', $1, true)", [org]);
    return await fn();
  } finally {
    await app.query("ROLLBACK");
  }
}

describe("row-level security backstop (app role)", () => {
  beforeAll(async () => {
    [orgA, orgB] = await Promise.all([provision(), provision()]);
    app = new pg.Client({ connectionString: process.env.DATABASE_URL });
    owner = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await Promise.all([app.connect(), owner.connect()]);
    const { rows } = await owner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
    );
    productTables = rows.map((r) => r.table_name).filter((t) => !PLATFORM_TABLES.includes(t));
    // Tables a new demo starts without rows in: give both demos one each (as the owner).
    for (const org of [orgA, orgB]) {
      await owner.query(
        `INSERT INTO building_activity (id, organization_id, kind, params, dedupe_key, occurred_at)
         VALUES (gen_random_uuid(), $1, 'request', '{}', 'rls-test', now())`,
        [org],
      );
      await owner.query(
        `INSERT INTO assembly_simulations (id, organization_id, assembly_id, seed, started_at, duration_s)
         SELECT gen_random_uuid(), $1, id, 1, now(), 120 FROM assemblies WHERE organization_id = $1 AND status = 'scheduled' LIMIT 1`,
        [org],
      );
    }
  });
  afterAll(async () => {
    await Promise.all([app?.end(), owner?.end(), prisma.$disconnect()]);
  });

  it("connects as a role that is neither superuser nor owner and cannot bypass RLS", async () => {
    const { rows } = await app.query(
      `SELECT r.rolsuper, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it("covers every product table", () => {
    expect(productTables).toEqual([...RLS_TABLES]);
  });

  it("returns only the bound organization's rows when a query omits the filter", async () => {
    for (const table of productTables) {
      const [total] = (
        await owner.query<{ a: number; b: number }>(
          `SELECT count(*) FILTER (WHERE organization_id = $1)::int AS a, count(*) FILTER (WHERE organization_id = $2)::int AS b FROM ${table}`,
          [orgA, orgB],
        )
      ).rows;
      expect(total!.a, table).toBeGreaterThan(0);
      expect(total!.b, table).toBeGreaterThan(0);
      const seen = await asTenant(
        orgA,
        async () => (await app.query<{ organization_id: string }>(`SELECT organization_id FROM ${table}`)).rows,
      );
      expect(seen.length, table).toBe(total!.a);
      expect(new Set(seen.map((r) => r.organization_id)), table).toEqual(new Set([orgA]));
      const byId = await asTenant(
        orgA,
        async () => (await app.query(`SELECT 1 FROM ${table} WHERE organization_id = $1`, [orgB])).rowCount,
      );
      expect(byId, table).toBe(0);
    }
  });

  it("refuses every product-table query when no organization is set", async () => {
    for (const table of productTables) {
      await expect(
        asTenant(null, () => app.query(`SELECT count(*) FROM ${table}`)),
        table,
      ).rejects.toThrow(/app\.organization_id|invalid input syntax for type uuid/);
    }
    // After a bound transaction ends, the setting is reset: the next unbound query still fails.
    await asTenant(orgA, () => app.query("SELECT count(*) FROM units"));
    await expect(asTenant(null, () => app.query("SELECT count(*) FROM units"))).rejects.toThrow(
      /invalid input syntax for type uuid|app\.organization_id/,
    );
  });

  it("refuses to write rows into, or change rows of, another organization", async () => {
    const [unitB] = (await owner.query<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 LIMIT 1", [orgB])).rows;
    await expect(
      asTenant(orgA, () =>
        app.query(
          `INSERT INTO units (id, organization_id, tower, floor, number, area_m2, coefficient, monthly_fee)
           VALUES (gen_random_uuid(), $1, 'X', 1, 'X1', 50, 1, 100000)`,
          [orgB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await asTenant(
      orgA,
      async () => (await app.query("UPDATE units SET tower = 'hacked' WHERE id = $1", [unitB!.id])).rowCount,
    );
    const deleted = await asTenant(
      orgA,
      async () => (await app.query("DELETE FROM residents WHERE organization_id = $1", [orgB])).rowCount,
    );
    expect({ updated, deleted }).toEqual({ updated: 0, deleted: 0 });
  });

  it("makes a child row unable to point at another organization's parent", async () => {
    const [unitB] = (await owner.query<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 LIMIT 1", [orgB])).rows;
    // Even the owner (who bypasses RLS) cannot attach a resident of A to B's unit: the key is (organization_id, id).
    await expect(
      owner.query(
        `INSERT INTO residents (id, organization_id, unit_id, full_name, email, type) VALUES (gen_random_uuid(), $1, $2, 'X', 'x@example.com', 'owner')`,
        [orgA, unitB!.id],
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
