// Fills the database up to a number of demos by cloning one demo in SQL, set-based: `batch` demos per
// transaction, each table with one INSERT … SELECT over the source's rows × generate_series. Used by
// scripts/bench.ts (the overview phase); runs as the owner (MIGRATION_DATABASE_URL), which must bypass
// row-level security (the embedded database's owner is a superuser).
import pg from "pg";
import { productTables } from "../../src/server/scenarios/seed-scenario";

type Table = keyof typeof productTables;
const tables = Object.keys(productTables) as Table[];
const q = (identifier: string) => `"${identifier}"`;

/**
 * The new organizations of one batch: demo g of the run gets a time-ordered id like the app's UUIDv7s —
 * 48 bits of milliseconds (the batch transaction's start plus g), the version 7, then md5(tag:g). $1
 * tag, $3..$4 the range of g. Within the batch's transaction a pure function of (tag, g), so every statement derives the
 * same ids without a mapping table.
 */
const NEW_ORGS = `(SELECT g, (lpad(to_hex((floor(extract(epoch FROM now()) * 1000))::bigint + g), 12, '0') || '7'
                              || right(md5($1::text || ':' || g), 19))::uuid AS org
                   FROM generate_series($3::int, $4::int) g) n`;

/**
 * One statement per table: every row of organization $2 once per new organization. Every uuid column
 * but organization_id goes through `demo_row_id(new org, old id)` (the app's rule, docs/scale.md), which
 * keeps the foreign-key graph: a resident's unit_id maps to its unit's new id.
 */
function cloneTableSql(t: Table): string {
  const { table, columns } = productTables[t];
  const names = Object.values(columns).map(([name]) => q(name));
  const values = Object.values(columns).map(([name, type]) =>
    name === "organization_id" ? "n.org" : type === "uuid" ? `demo_row_id(n.org, s.${q(name)})` : `s.${q(name)}`,
  );
  return `INSERT INTO ${q(table)} (${names.join(", ")}) SELECT ${values.join(", ")} FROM ${q(table)} s CROSS JOIN ${NEW_ORGS} WHERE s.organization_id = $2`;
}

/**
 * Statements of one batch, in foreign-key order; all take ($1 tag, $2 source organization, $3 first g,
 * $4 last g); the organizations statement also $5, the days from now to `demo_expires_at`.
 */
const BATCH_SQL: { label: string; text: string }[] = [
  {
    label: "organizations",
    text: `INSERT INTO organizations (id, name, is_demo, status, scenario, demo_expires_at, assembly_credits, theme_color, locale, created_at, updated_at)
           SELECT n.org, o.name, true, 'active', o.scenario, now() + make_interval(days => $5::int), o.assembly_credits, o.theme_color, o.locale, now(), now()
           FROM organizations o CROSS JOIN ${NEW_ORGS} WHERE o.id = $2`,
  },
  {
    label: "users",
    text: `INSERT INTO users (id, email, email_key, role, organization_id, created_at)
           SELECT md5('user:' || n.org::text)::uuid, e.email, e.email, 'ADMIN_PH', n.org, now()
           FROM ${NEW_ORGS} CROSS JOIN LATERAL (SELECT 'fill-' || $1::text || '-' || n.g || '@bench.test' AS email) e
           WHERE $2::uuid IS NOT NULL`,
  },
  ...tables.map((t) => ({ label: t, text: cloneTableSql(t) })),
  {
    label: "demo_events",
    text: `INSERT INTO demo_events (organization_id, type, actor, data)
           SELECT n.org, 'created', 'system', jsonb_build_object('clonedFrom', $2::uuid, 'bench', $1::text) FROM ${NEW_ORGS}`,
  },
];

export type FillResult = {
  target: number;
  existingBefore: number;
  created: number;
  batch: number;
  /** Connections filling in parallel. */
  workers: number;
  /** False when the owner is a superuser: the fill skips the foreign-key triggers and verifies the graph after. */
  foreignKeyTriggers: boolean;
  fillMs: number;
  analyzeMs: number;
  /** The set-based foreign-key check after a fill without triggers. */
  verifyMs: number;
  /** Rows per table after the fill (the whole database, not only the clones). */
  totals: Record<string, number>;
};

/**
 * Brings the number of demo organizations up to `target` by cloning `sourceId` (see BATCH_SQL), then
 * ANALYZEs the tables so the planner sees the new sizes. Demos already there count towards the target.
 * As a superuser the batches run with `session_replication_role = replica` (no foreign-key triggers,
 * half the time) and the whole graph is then checked set-based (`verifyForeignKeys`); otherwise the
 * ordinary checks apply.
 * @param ownerUrl the owner's connection string; `workers` connections are opened to it.
 * @param tag makes this run's ids and emails unique (a run id).
 * @param onBatch called after each committed batch with the number of demos created so far.
 * @returns what it did, with timings in ms and the row count of every table afterwards.
 */
export async function fillDemos(
  ownerUrl: string,
  {
    sourceId,
    target,
    batch,
    tag,
    workers,
    expiresInDays = 15,
    onBatch,
  }: {
    sourceId: string;
    target: number;
    batch: number;
    tag: string;
    workers: number;
    /** Days from now to the demos' `demo_expires_at` (negative: already past). */
    expiresInDays?: number;
    onBatch?: (done: number, total: number) => void;
  },
): Promise<FillResult> {
  const clients = await Promise.all(
    Array.from({ length: workers }, async () => {
      const client = new pg.Client({ connectionString: ownerUrl });
      await client.connect();
      return client;
    }),
  );
  try {
    const [owner] = clients as [pg.Client];
    const { rows: before } = await owner.query<{ n: number; superuser: boolean }>(
      "SELECT (SELECT count(*)::int FROM organizations WHERE is_demo) AS n, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser",
    );
    const existingBefore = before[0]!.n;
    const skipTriggers = before[0]!.superuser;
    const toCreate = Math.max(0, target - existingBefore);
    const started = performance.now();
    let next = 1;
    let done = 0;
    // Batches are taken from a shared counter by `workers` connections in parallel (one per core).
    await Promise.all(
      clients.map(async (client) => {
        while (next <= toCreate) {
          const first = next;
          const last = Math.min(toCreate, first + batch - 1);
          next = last + 1;
          await client.query("BEGIN");
          try {
            // Foreign-key checks are triggers, half of the fill's time; `verifyForeignKeys` checks the graph set-based afterwards.
            if (skipTriggers) await client.query("SET LOCAL session_replication_role = replica");
            for (const { label, text } of BATCH_SQL)
              await client.query({
                name: `fill-${label}`,
                text,
                values: label === "organizations" ? [tag, sourceId, first, last, expiresInDays] : [tag, sourceId, first, last],
              });
            await client.query("COMMIT");
          } catch (error) {
            await client.query("ROLLBACK");
            throw error;
          }
          done += last - first + 1;
          onBatch?.(done, toCreate);
        }
      }),
    );
    const fillMs = performance.now() - started;
    const analyzeStarted = performance.now();
    await owner.query(`ANALYZE organizations, users, demo_events, ${tables.map((t) => q(productTables[t].table)).join(", ")}`);
    const analyzeMs = performance.now() - analyzeStarted;
    const verifyStarted = performance.now();
    const orphans = skipTriggers ? await verifyForeignKeys(owner) : 0;
    if (orphans) throw new Error(`fill broke the foreign-key graph: ${orphans} orphan rows`);
    const verifyMs = performance.now() - verifyStarted;
    const counted = ["organizations", "users", "demo_events", ...tables.map((t) => productTables[t].table)];
    const { rows } = await owner.query<Record<string, number>>(
      `SELECT ${counted.map((table) => `(SELECT count(*)::int FROM ${q(table)}) AS ${q(table)}`).join(", ")}`,
    );
    return {
      target,
      existingBefore,
      created: toCreate,
      batch,
      workers,
      foreignKeyTriggers: !skipTriggers,
      fillMs,
      analyzeMs,
      verifyMs,
      totals: rows[0]!,
    };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/** Every foreign key among the product tables (all composite with organization_id), and to organizations. */
const FOREIGN_KEYS: [child: string, column: string, parent: string][] = [
  ["users", "organization_id", "organizations"],
  ...tables.map((t): [string, string, string] => [productTables[t].table, "organization_id", "organizations"]),
  ["residents", "unit_id", "units"],
  ["agenda_items", "assembly_id", "assemblies"],
  ["attendance", "assembly_id", "assemblies"],
  ["attendance", "unit_id", "units"],
  ["votes", "agenda_item_id", "agenda_items"],
  ["votes", "unit_id", "units"],
];

/** Counts rows whose foreign key has no parent (what the skipped triggers would have rejected). */
async function verifyForeignKeys(owner: pg.Client): Promise<number> {
  const checks = FOREIGN_KEYS.map(([child, column, parent]) =>
    column === "organization_id"
      ? `(SELECT count(*) FROM ${q(child)} c WHERE c.organization_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${q(parent)} p WHERE p.id = c.organization_id))`
      : `(SELECT count(*) FROM ${q(child)} c WHERE NOT EXISTS (SELECT 1 FROM ${q(parent)} p WHERE p.organization_id = c.organization_id AND p.id = c.${q(column)}))`,
  );
  const { rows } = await owner.query<{ orphans: number }>(`SELECT (${checks.join(" + ")})::int AS orphans`);
  return rows[0]!.orphans;
}

/** Deletes the demos a fill with `tag` created (users and product rows cascade; events are deleted first). */
export async function deleteFilledDemos(owner: pg.Client, tag: string): Promise<void> {
  const orgs = `SELECT organization_id FROM users WHERE email LIKE 'fill-' || $1::text || '-%@bench.test'`;
  await owner.query(`DELETE FROM demo_events WHERE organization_id IN (${orgs})`, [tag]);
  await owner.query(`DELETE FROM organizations WHERE id IN (${orgs})`, [tag]);
}
