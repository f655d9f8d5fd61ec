// `npm run bench [-- flags]` — two phases, both by default:
//
// 1. provision: how long provisioning one demo takes, per scenario, against the floor of doing the same
//    work in plain SQL. For each scenario: warm up, then N sequential `provisionDemo` calls with fresh
//    emails (server-side time: the function call, no HTTP); then N clones of one of those demos done
//    entirely in SQL as the owner — organization, user, every product table by INSERT … SELECT with new
//    ids, the "created" event — one transaction each. It only checks that a clone has the same rows.
// 2. overview (issue: "server time to render the overview p95 ≤ 150 ms with 10 000 demos"): fills the
//    database up to --demos demos by bulk-cloning one urban-tower demo in SQL as the owner
//    (scripts/bench/fill-demos.ts: --batch demos per transaction, one INSERT … SELECT over
//    generate_series per table, then ANALYZE), then, as the app role, loads the overview of
//    --samples random demos (after --overview-warmup warm-ups) exactly as the page does —
//    `withTenant(org, (tenant) => getDashboardOverview(tenant, now))`, plus the access lookup before it
//    — and renders the overview body to HTML with react-dom/server in a child process
//    (scripts/bench/render-overview.tsx). Reports p50/p95/max against the 150 ms budget.
//
// Flags: --only=provision|overview   one phase only (default: both, provision first)
//        --n=30                      provisionDemo calls and SQL clones per scenario
//        --demos=10000               demos in the database for the overview phase (existing ones count)
//        --batch=500                 demos per fill transaction
//        --fill-workers=<cpus>       owner connections filling in parallel
//        --samples=200               overview loads measured (random demos, sequential)
//        --overview-warmup=20        overview loads before measuring
//        --no-render                 skip the HTML render measurement
//
// Prints tables and writes .data/bench-results.json (the provisioning keys at the top level as before,
// the overview phase under "overview"; a phase not run keeps its previous figures). A measurement, not
// a test. Run with `tsx --conditions=react-server` on a throwaway database (`with-database.ts --fresh`,
// which `npm run bench` does); on any other database it deletes the demos it created at the end.
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { promisify } from "node:util";
import pg from "pg";
import { prisma } from "../src/server/db/client";
import { provisionDemo } from "../src/server/demo/provision-demo";
import { env } from "../src/env";
import { getScenario, scenarioNames } from "../src/server/scenarios/registry";
import { productTables, type SeedCounts } from "../src/server/scenarios/seed-scenario";
import { deleteFilledDemos, type FillResult, fillDemos } from "./bench/fill-demos";
import { loadOverview, type OverviewSample, pickDemos } from "./bench/overview";

const WARMUP = 3;
const RESULTS = ".data/bench-results.json";
const BUDGET_MS = 150;
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const intFlag = (name: string, fallback: number) => {
  const value = Number(flag(name) ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
};
const n = intFlag("n", 30);
const demos = intFlag("demos", 10_000);
const batch = intFlag("batch", 500);
const samples = intFlag("samples", 200);
const overviewWarmup = Number(flag("overview-warmup") ?? 20);
if (!Number.isInteger(overviewWarmup) || overviewWarmup < 0) throw new Error("--overview-warmup must be a non-negative integer");
const only = flag("only");
if (only !== undefined && only !== "provision" && only !== "overview") throw new Error("--only must be provision or overview");
const fillWorkers = intFlag("fill-workers", Math.max(1, os.cpus().length));
const render = !process.argv.includes("--no-render");
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

type OverviewResult = {
  at: string;
  demos: number;
  fill: FillResult & { demosPerSecond: number };
  samples: number;
  warmup: number;
  budgetMs: number;
  /** resolveDemoOrg's query (user + organization), before the page's read. */
  accessMs: Stats;
  /** withTenant + getDashboardOverview: the page's read. */
  loadMs: Stats;
  /** accessMs + loadMs per request: the overview's database time. */
  serverMs: Stats;
  /** renderToString of PageIntl + OverviewBody with the loaded data; null when not measured. */
  renderMs: Stats | null;
  /** serverMs + renderMs per request. */
  totalMs: Stats | null;
  htmlBytes: number | null;
  meetsBudget: boolean;
  machine: ReturnType<typeof machine>;
};

const machine = () => ({ cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() });

/**
 * Renders the samples' overview bodies to HTML in a child process without the react-server condition
 * (scripts/bench/render-overview.tsx). @returns per-sample durations in ms (warm-ups excluded).
 */
async function renderSamples(measured: OverviewSample[], warm: OverviewSample[]): Promise<{ ms: number[]; htmlBytes: number }> {
  const file = `.data/bench-overview-samples-${runId}.json`;
  await writeFile(file, JSON.stringify([...warm, ...measured].map(({ locale, overview, credits }) => ({ locale, overview, credits }))));
  try {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/bench/render-overview.tsx", file, String(warm.length)], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split("\n").at(-1)!) as { ms: number[]; htmlBytes: number };
  } finally {
    await rm(file, { force: true });
  }
}

async function benchOverview(owner: pg.Client): Promise<OverviewResult> {
  const source = await provisionDemo({ email: `bench-${runId}-fill-source@bench.test`, scenario: getScenario("urban-tower") });
  if (!source.created) throw new Error("fill source email already had a demo");
  created.push(source.organizationId);
  console.log(
    `[bench] overview: filling the database up to ${demos} demos (clones of urban-tower, ${batch} per transaction, ${fillWorkers} connections)…`,
  );
  let lastLog = performance.now();
  const fill = await fillDemos(env.MIGRATION_DATABASE_URL!, {
    sourceId: source.organizationId,
    workers: fillWorkers,
    target: demos,
    batch,
    tag: runId,
    onBatch: (done, total) => {
      if (performance.now() - lastLog > 10_000 || done === total) {
        lastLog = performance.now();
        console.log(`[bench]   ${done}/${total} demos`);
      }
    },
  });
  filled = true;
  const demosPerSecond = Math.round(fill.created / (fill.fillMs / 1000));
  const rowSum = Object.values(fill.totals).reduce((a, b) => a + b, 0);
  console.log(
    `[bench] filled ${fill.created} demos in ${(fill.fillMs / 1000).toFixed(1)} s (${demosPerSecond} demos/s), ANALYZE ${(fill.analyzeMs / 1000).toFixed(1)} s, ` +
      `foreign keys ${fill.foreignKeyTriggers ? "checked by their triggers" : `verified after in ${(fill.verifyMs / 1000).toFixed(1)} s`}; ` +
      `${fill.existingBefore} demos were there before`,
  );
  console.log(
    `[bench] rows now: ${Object.entries(fill.totals)
      .map(([t, c]) => `${t} ${c}`)
      .join(", ")} (${rowSum} in all)`,
  );

  const picked = await pickDemos(owner, overviewWarmup + samples);
  const loaded: OverviewSample[] = [];
  for (const demo of picked) loaded.push(await loadOverview(demo));
  const warm = loaded.slice(0, overviewWarmup);
  const measured = loaded.slice(overviewWarmup);
  const serverMs = measured.map((s) => s.accessMs + s.loadMs);
  let renderMs: number[] | null = null;
  let htmlBytes: number | null = null;
  if (render) {
    try {
      ({ ms: renderMs, htmlBytes } = await renderSamples(measured, warm));
    } catch (error) {
      console.warn(`[bench] overview render skipped: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  }
  const totalMs = renderMs && serverMs.map((ms, i) => ms + renderMs[i]!);
  const result: OverviewResult = {
    at: new Date().toISOString(),
    demos: fill.existingBefore + fill.created,
    fill: {
      ...fill,
      fillMs: Math.round(fill.fillMs),
      analyzeMs: Math.round(fill.analyzeMs),
      verifyMs: Math.round(fill.verifyMs),
      demosPerSecond,
    },
    samples,
    warmup: overviewWarmup,
    budgetMs: BUDGET_MS,
    accessMs: stats(measured.map((s) => s.accessMs)),
    loadMs: stats(measured.map((s) => s.loadMs)),
    serverMs: stats(serverMs),
    renderMs: renderMs && stats(renderMs),
    totalMs: totalMs && stats(totalMs),
    htmlBytes,
    meetsBudget: stats(totalMs ?? serverMs).p95 <= BUDGET_MS,
    machine: machine(),
  };
  printOverview(result);
  return result;
}

function printOverview(r: OverviewResult): void {
  const ms = (x: number) => x.toFixed(1);
  const lines: [string, Stats | null][] = [
    ["access lookup (user + organization)", r.accessMs],
    ["withTenant + getDashboardOverview", r.loadMs],
    ["server data time (sum)", r.serverMs],
    ["render body to HTML (renderToString)", r.renderMs],
    ["data + render", r.totalMs],
  ];
  const rows = lines.flatMap(([label, s]) => (s ? [[label, ms(s.p50), ms(s.p95), ms(s.max)]] : []));
  const header = ["overview, per request", "p50", "p95", "max"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((l) => l[c]!.length)));
  const row = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ");
  const checked = r.totalMs ? "data + render" : "server data time";
  console.log(
    [
      "",
      `times in ms, ${r.samples} random demos of ${r.demos} after ${r.warmup} warm-ups, sequential, as the app role` +
        (r.htmlBytes ? `; HTML ${Math.round(r.htmlBytes / 1024)} KiB` : ""),
      row(header),
      ...rows.map(row),
      `p95 ${checked} ${ms((r.totalMs ?? r.serverMs).p95)} ms ${r.meetsBudget ? "≤" : ">"} ${BUDGET_MS} ms budget: ${r.meetsBudget ? "OK" : "OVER BUDGET"}`,
    ].join("\n"),
  );
}

/** Previous results, to keep the figures of a phase that is not run. */
async function previousResults(): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(RESULTS, "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}

let filled = false;

if (!env.MIGRATION_DATABASE_URL) throw new Error("bench needs MIGRATION_DATABASE_URL (the owner) for the SQL clones");
const owner = new pg.Client({ connectionString: env.MIGRATION_DATABASE_URL });
await owner.connect();
// `with-database.ts --fresh` deletes its database afterwards: no clean-up there (10 000 demos take a while to delete).
const { rows: dataDirectory } = await owner
  .query<{ dir: string }>("SELECT current_setting('data_directory', true) AS dir")
  .catch(() => ({ rows: [] }));
const throwaway = /[\\/]\.data[\\/]bench-pg$/.test(dataDirectory[0]?.dir ?? "");
try {
  const output: Record<string, unknown> = await previousResults();
  if (only !== "overview") {
    const results: Result[] = [];
    for (const name of scenarioNames) results.push(await benchScenario(owner, name));
    printTable(results);
    Object.assign(output, { at: new Date().toISOString(), n, warmup: WARMUP, machine: machine(), results });
  }
  if (only !== "provision") output.overview = await benchOverview(owner);
  await mkdir(".data", { recursive: true });
  await writeFile(RESULTS, JSON.stringify(output, null, 2) + "\n");
  console.log(`\n[bench] results written to ${RESULTS}`);
} finally {
  if (!throwaway) {
    // Users and product rows go with their organization (ON DELETE CASCADE); events would stay (SET NULL).
    await owner.query("DELETE FROM demo_events WHERE organization_id = ANY($1::uuid[])", [created]);
    await owner.query("DELETE FROM organizations WHERE id = ANY($1::uuid[])", [created]);
    if (filled) await deleteFilledDemos(owner, runId);
  }
  await owner.end();
  await prisma.$disconnect();
}
