// `npm run bench [-- --n=30]`: how long provisioning one demo takes, per scenario, against the floor of
// doing the same work in plain SQL. For each scenario: warm up, then N sequential `provisionDemo` calls
// with fresh emails (server-side time: the function call, no HTTP); then N clones of one of those
// demos done entirely in SQL as the owner — organization, user, every product table by INSERT … SELECT
// with new ids, the "created" event — one transaction each. Prints a table and writes
// .data/bench-results.json. A measurement, not a test: it only checks that a clone has the same rows.
// Run with `tsx --conditions=react-server` on a throwaway database (`with-database.ts --fresh`).
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import pg from "pg";
import { prisma } from "../src/server/db/client";
import { provisionDemo } from "../src/server/demo/provision-demo";
import { env } from "../src/env";
import { getScenario, scenarioNames } from "../src/server/scenarios/registry";
import { productTables, type SeedCounts } from "../src/server/scenarios/seed-scenario";

const WARMUP = 3;
const RESULTS = ".data/bench-results.json";
const n = Number(process.argv.find((a) => a.startsWith("--n="))?.slice(4) ?? 30);
if (!Number.isInteger(n) || n < 1) throw new Error("--n must be a positive integer");
const runId = Date.now().toString(36);

type Stats = { p50: number; p95: number; max: number };

/** Nearest-rank percentiles of `ms`, rounded to 0.1 ms. */
function stats(ms: number[]): Stats {
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50: round(rank(0.5)), p95: round(rank(0.95)), max: round(sorted.at(-1)!) };
}

/** Runs `fn` WARMUP + n times, sequentially; @returns the durations of the last n, in ms. */
async function timed(fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < WARMUP + n; i++) {
    const started = performance.now();
    await fn(i);
    if (i >= WARMUP) ms.push(performance.now() - started);
  }
  return ms;
}

type Table = keyof typeof productTables;
const tables = Object.keys(productTables) as Table[];

/**
 * One statement that copies every product row of organization $2 into organization $1, in the style of
 * `seedScenario` but without leaving the database. Every uuid column but organization_id is rewritten
 * through the same pure function of the old id, `md5($1 || old)::uuid`, which keeps the foreign-key
 * graph without a mapping table: joins to a mapping CTE made the planner pick nested loops (no
 * statistics on a CTE), 300 ms for the large scenario. Foreign keys are checked at the end of the
 * statement, so the order of the data-modifying CTEs does not matter. Selects the rows inserted per table.
 */
function cloneProductsSql(): string {
  const q = (identifier: string) => `"${identifier}"`;
  const inserts = tables.map((t) => {
    const { table, columns } = productTables[t];
    const names = Object.values(columns).map(([name]) => q(name));
    const values = Object.values(columns).map(([name, type]) =>
      name === "organization_id" ? "$1::uuid" : type === "uuid" ? `md5($1::text || s.${q(name)}::text)::uuid` : `s.${q(name)}`,
    );
    return `${q(t)} AS (INSERT INTO ${q(table)} (${names.join(", ")}) SELECT ${values.join(", ")} FROM ${q(table)} s WHERE s.organization_id = $2 RETURNING 1)`;
  });
  const counts = tables.map((t) => `(SELECT count(*)::int FROM ${q(t)}) AS ${q(t)}`);
  return `WITH ${inserts.join(", ")} SELECT ${counts.join(", ")}`;
}
const CLONE_PRODUCTS_SQL = cloneProductsSql();

/**
 * Clones organization `sourceId` as the owner in one transaction. The owner must bypass row-level
 * security (the embedded database's is a superuser): one statement reads one tenant and writes another. Dates are copied
 * as they are: moving them to a new `now` would add one addition per date, nothing measurable.
 * @returns the new organization's id and the product rows inserted per table.
 */
async function cloneDemo(owner: pg.Client, sourceId: string, email: string): Promise<{ organizationId: string; rows: SeedCounts }> {
  const organizationId = crypto.randomUUID();
  await owner.query("BEGIN");
  try {
    await owner.query({
      name: "clone-organization",
      text: `INSERT INTO organizations (id, name, is_demo, status, scenario, demo_expires_at, assembly_credits, theme_color, locale, created_at, updated_at)
             SELECT $1, name, is_demo, status, scenario, now() + interval '15 days', assembly_credits, theme_color, locale, now(), now()
             FROM organizations WHERE id = $2`,
      values: [organizationId, sourceId],
    });
    await owner.query({
      name: "clone-user",
      text: `INSERT INTO users (id, email, role, organization_id, created_at) VALUES (gen_random_uuid(), $1, 'ADMIN_PH', $2, now())`,
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
      values: [organizationId, JSON.stringify({ clonedFrom: sourceId, rows: rows[0] })],
    });
    await owner.query("COMMIT");
    return { organizationId, rows: rows[0]! };
  } catch (error) {
    await owner.query("ROLLBACK");
    throw error;
  }
}

type Result = { scenario: string; rowsPerDemo: number; rows: SeedCounts; provisionMs: Stats; sqlCloneMs: Stats };

/** Every organization the run creates, deleted at the end in case the database is not a throwaway one. */
const created: string[] = [];

async function benchScenario(owner: pg.Client, name: string): Promise<Result> {
  const scenario = getScenario(name);
  let source: { organizationId: string; rows: SeedCounts } | undefined;
  const provisionMs = await timed(async (i) => {
    const result = await provisionDemo({ email: `bench-${runId}-${name}-${i}@bench.test`, scenario });
    if (!result.created) throw new Error(`bench email ${i} already had a demo`);
    created.push(result.organizationId);
    source = { organizationId: result.organizationId, rows: result.rows as SeedCounts };
  });
  const { organizationId, rows } = source!;
  const sqlCloneMs = await timed(async (i) => {
    const clone = await cloneDemo(owner, organizationId, `bench-${runId}-${name}-clone-${i}@bench.test`);
    created.push(clone.organizationId);
    const differs = tables.filter((t) => clone.rows[t] !== rows[t]);
    if (differs.length)
      throw new Error(`clone of ${name} differs in ${differs.join(", ")}: ${JSON.stringify(clone.rows)} vs ${JSON.stringify(rows)}`);
  });
  const rowsPerDemo = tables.reduce((sum, t) => sum + rows[t], 0);
  const result = { scenario: name, rowsPerDemo, rows, provisionMs: stats(provisionMs), sqlCloneMs: stats(sqlCloneMs) };
  const { p50, p95, max } = result.provisionMs;
  console.log(`[bench] ${name}: ${rowsPerDemo} rows/demo; provisionDemo p50 ${p50} ms, p95 ${p95} ms, max ${max} ms (n=${n})`);
  return result;
}

function printTable(results: Result[]): void {
  const header = ["scenario", "rows", "provision p50", "p95", "max", "SQL-clone p50", "p95"];
  const ms = (x: number) => x.toFixed(1);
  const lines = results.map((r) => [
    r.scenario,
    String(r.rowsPerDemo),
    ...[r.provisionMs.p50, r.provisionMs.p95, r.provisionMs.max, r.sqlCloneMs.p50, r.sqlCloneMs.p95].map(ms),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const row = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ");
  console.log(
    [
      "",
      `times in ms, n=${n} sequential demos per scenario after ${WARMUP} warm-ups; rows = product rows per demo`,
      row(header),
      ...lines.map(row),
    ].join("\n"),
  );
}

if (!env.MIGRATION_DATABASE_URL) throw new Error("bench needs MIGRATION_DATABASE_URL (the owner) for the SQL clones");
const owner = new pg.Client({ connectionString: env.MIGRATION_DATABASE_URL });
await owner.connect();
try {
  const results: Result[] = [];
  for (const name of scenarioNames) results.push(await benchScenario(owner, name));
  printTable(results);
  await mkdir(".data", { recursive: true });
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() };
  await writeFile(RESULTS, JSON.stringify({ at: new Date().toISOString(), n, warmup: WARMUP, machine, results }, null, 2) + "\n");
  console.log(`\n[bench] results written to ${RESULTS}`);
} finally {
  // Users and product rows go with their organization (ON DELETE CASCADE); events would stay (SET NULL).
  await owner.query("DELETE FROM demo_events WHERE organization_id = ANY($1::uuid[])", [created]);
  await owner.query("DELETE FROM organizations WHERE id = ANY($1::uuid[])", [created]);
  await owner.end();
  await prisma.$disconnect();
}
