// The floor every provisioning figure is compared with: the same rows as an existing demo, copied in
// plain SQL as the database owner, one transaction (organization, user, one INSERT … SELECT per product
// table, the "created" event). Nothing the app does can be cheaper than this on the same database.
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { databaseCpuSeconds } from "./http";
import { productTables, type SeedCounts } from "../../src/server/scenarios/seed-scenario";

type Table = keyof typeof productTables;
const tables = Object.keys(productTables) as Table[];
const q = (identifier: string) => `"${identifier}"`;

/**
 * One statement that copies every product row of organization $2 into organization $1. Every uuid
 * column but organization_id is rewritten through `demo_row_id($1, old)` — the app's own rule
 * (docs/scale.md), which keeps the foreign-key graph without a mapping table. Selects the rows inserted
 * per table.
 */
function cloneProductsSql(): string {
  const inserts = tables.map((t) => {
    const { table, columns } = productTables[t];
    const names = Object.values(columns).map(([name]) => q(name));
    const values = Object.values(columns).map(([name, type]) =>
      name === "organization_id" ? "$1::uuid" : type === "uuid" ? `demo_row_id($1::uuid, s.${q(name)})` : `s.${q(name)}`,
    );
    return `${q(t)} AS (INSERT INTO ${q(table)} (${names.join(", ")}) SELECT ${values.join(", ")} FROM ${q(table)} s WHERE s.organization_id = $2 RETURNING 1)`;
  });
  const counts = tables.map((t) => `(SELECT count(*)::int FROM ${q(t)}) AS ${q(t)}`);
  return `WITH ${inserts.join(", ")} SELECT ${counts.join(", ")}`;
}
const CLONE_PRODUCTS_SQL = cloneProductsSql();

/**
 * Clones organization `sourceId` as the owner (who bypasses row-level security: the embedded
 * database's owner is a superuser) in one transaction.
 * @returns the new organization's id and the product rows inserted per table.
 */
export async function floorClone(owner: pg.Client, sourceId: string, email: string): Promise<{ organizationId: string; rows: SeedCounts }> {
  const organizationId = uuidv7(); // time-ordered, as the app's
  await owner.query("BEGIN");
  try {
    await owner.query({
      name: "clone-organization",
      text: `INSERT INTO organizations (id, name, is_demo, status, scenario, demo_expires_at, assembly_credits, theme_color, locale, created_at, updated_at)
             SELECT $1, name, true, 'active', scenario, now() + interval '15 days', assembly_credits, theme_color, locale, now(), now()
             FROM organizations WHERE id = $2`,
      values: [organizationId, sourceId],
    });
    await owner.query({
      name: "clone-user",
      text: `INSERT INTO users (id, email, email_key, role, organization_id, created_at) VALUES (gen_random_uuid(), $1, $1, 'ADMIN_PH', $2, now())`,
      values: [email, organizationId],
    });
    const { rows } = await owner.query<SeedCounts>({
      name: "clone-products",
      text: CLONE_PRODUCTS_SQL,
      values: [organizationId, sourceId],
    });
    await owner.query({
      name: "clone-event",
      text: `INSERT INTO demo_events (organization_id, type, actor, data) VALUES ($1, 'created', 'system', $2)`,
      values: [organizationId, JSON.stringify({ clonedFrom: sourceId })],
    });
    await owner.query("COMMIT");
    return { organizationId, rows: rows[0]! };
  } catch (error) {
    await owner.query("ROLLBACK");
    throw error;
  }
}

/** Connects `count` owner clients. */
export async function ownerClients(url: string, count: number): Promise<pg.Client[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
}

/**
 * The floor's own rate: `total` clones of `sourceId` by `concurrency` owner connections at once.
 * @returns demos per second, and the CPU per demo (ms) of the server `postmasterPid` read before the connections close
 *   (a closed backend's CPU time leaves /proc with it).
 */
export async function floorRate(
  url: string,
  sourceId: string,
  { total, concurrency, tag, postmasterPid }: { total: number; concurrency: number; tag: string; postmasterPid: number },
): Promise<{ perSecond: number; databaseCpuMsPerDemo: number }> {
  const clients = await ownerClients(url, concurrency);
  try {
    let next = 0;
    const databaseCpuBefore = databaseCpuSeconds(postmasterPid);
    const started = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        while (next < total) await floorClone(client, sourceId, `floor-${tag}-${next++}@bench.test`);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return { perSecond: total / seconds, databaseCpuMsPerDemo: ((databaseCpuSeconds(postmasterPid) - databaseCpuBefore) * 1000) / total };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
