// The migrations in prisma/migrations must produce exactly the schema prisma/schema.prisma describes:
// apply them to one database, the engine's from-scratch SQL for schema.prisma to another, and compare
// the catalogs (tables, columns, types, nullability, defaults, constraints, indexes, enums).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, schemaToSql } from "../scripts/lib/migrations";
import { RLS_TABLES } from "./support/tenancy";

const ownerUrl = process.env.MIGRATION_DATABASE_URL!;
const dbUrl = (name: string) => Object.assign(new URL(ownerUrl), { pathname: `/${name}` }).toString();
const suffix = `${process.pid}_${Date.now()}`;
const fromMigrations = `mig_${suffix}`;
const fromSchema = `sch_${suffix}`;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const catalogQueries = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale, datetime_precision
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`,
};

async function catalog(url: string) {
  return withClient(url, async (c) => {
    const out: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(catalogQueries)) out[name] = (await c.query(sql)).rows;
    return out;
  });
}

describe("migrations", () => {
  beforeAll(async () => {
    await withClient(ownerUrl, async (c) => {
      await c.query(`CREATE DATABASE ${fromMigrations}`);
      await c.query(`CREATE DATABASE ${fromSchema}`);
    });
    await applyMigrations(dbUrl(fromMigrations));
    const sql = await schemaToSql(dbUrl(fromSchema));
    await withClient(dbUrl(fromSchema), (c) => c.query(sql));
  });

  afterAll(async () => {
    await withClient(ownerUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${fromMigrations} WITH (FORCE)`);
      await c.query(`DROP DATABASE IF EXISTS ${fromSchema} WITH (FORCE)`);
    });
  });

  it("produce exactly the schema in schema.prisma", async () => {
    const [migrated, described] = await Promise.all([catalog(dbUrl(fromMigrations)), catalog(dbUrl(fromSchema))]);
    expect(migrated.columns!.length).toBeGreaterThan(50);
    expect(migrated).toEqual(described);
  });

  it("record themselves in _prisma_migrations like `prisma migrate deploy`", async () => {
    const rows = await withClient(dbUrl(fromMigrations), (c) =>
      c.query("SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at FROM _prisma_migrations"),
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows.every((r) => r.finished && r.rolled_back_at === null)).toBe(true);
  });

  it("put every product table under forced row-level security", async () => {
    const rows = await withClient(dbUrl(fromMigrations), (c) =>
      c.query(`SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                      count(p.polname) FILTER (WHERE 0 = ANY (p.polroles))::int AS policies,
                      array_agg(p.polname || ':' || p.polcmd::text || ':' || pg_get_userbyid(p.polroles[1]) ORDER BY p.polname)
                        FILTER (WHERE NOT 0 = ANY (p.polroles)) AS role_policies
               FROM pg_class c JOIN information_schema.columns col ON col.table_name = c.relname AND col.column_name = 'organization_id'
               LEFT JOIN pg_policy p ON p.polrelid = c.oid
               WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                 AND c.relname NOT IN ('users', 'platform_leads', 'demo_events', 'audit_log', 'demo_notifications', 'email_outbox',
                                     'demo_onboarding', 'engagement_thresholds', 'extension_requests', 'sales_contact_requests', 'share_links')
               GROUP BY 1, 2, 3 ORDER BY 1`),
    );
    expect(rows.rows.map((r) => r.relname)).toEqual([...RLS_TABLES]);
    for (const row of rows.rows) expect(row).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, policies: 1 });
    // Beside the tenant policy for everyone, only the narrow roles' policies (docs/scale.md): the
    // template reader reads templates, the purger reaches organizations already marked purged, and the
    // daily activity writer reaches active demos' units, residents and building activity (docs/simulation.md).
    const dailyActivity = new Set(["building_activity", "residents", "units"]);
    for (const row of rows.rows)
      expect(row.role_policies).toEqual([
        ...(dailyActivity.has(row.relname) ? ["daily_activity:*:assembly_activity_writer"] : []),
        "purge_marked:*:assembly_purger",
        "template_read:r:assembly_template_reader",
      ]);
  });
});
