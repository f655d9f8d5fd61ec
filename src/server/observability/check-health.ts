import "server-only";
import { type Db, prisma } from "@/server/db/client";
import { log } from "@/server/log";
import { appVersion } from "./app-version";
import { listMigrationNames } from "./list-migration-names";

export type HealthDb = Pick<Db, "$queryRaw">;

export type HealthReport = {
  status: "ok" | "error";
  version: string;
  database: "ok" | "error";
  /** `applied`: how many migrations the database records as finished; `pending`: shipped, not applied. */
  migrations?: { applied: number; pending: string[]; failed?: string[] };
  /** What is wrong, in words safe to publish (never an error message or a stack). */
  problems?: string[];
};

type MigrationRow = { migration_name: string; finished: boolean; rolled_back: boolean };

/** How long each database query may take before the check counts the database as down. */
const QUERY_TIMEOUT_MS = 3_000;

/**
 * The app's health (docs/rules.md#observability), for load balancers and uptime checks: the database answers
 * (`SELECT 1`), and its schema is the one this build expects — every migration shipped in
 * `prisma/migrations` is recorded in `_prisma_migrations` as finished (not rolled back), and none
 * failed. Migrations the database has but this build lacks (a newer deploy) are not a problem.
 * @param db the client to check (default: the app's, as the app role, which may read `_prisma_migrations`).
 * @param migrationNames the migrations this build ships (default: `listMigrationNames()`).
 * @returns `healthy` and the report: `{ status: "ok", version, database: "ok", migrations: { applied,
 *   pending: [] } }`, or `status: "error"` with `problems`; details of failures go to the log only.
 */
export async function checkHealth({ db = prisma, migrationNames }: { db?: HealthDb; migrationNames?: string[] } = {}): Promise<{
  healthy: boolean;
  report: HealthReport;
}> {
  const version = appVersion();
  const problems: string[] = [];

  let expected = migrationNames;
  if (!expected) {
    try {
      expected = await listMigrationNames();
    } catch (err) {
      log.error({ err }, "health: cannot list the migrations of this build");
      problems.push("the list of migrations shipped with this build is unavailable");
    }
  }

  try {
    await withTimeout(db.$queryRaw`SELECT 1`);
  } catch (err) {
    log.error({ err }, "health: database unreachable");
    return unhealthy({ version, database: "error", problems: ["the database does not answer", ...problems] });
  }

  let rows: MigrationRow[];
  try {
    rows = await withTimeout(
      db.$queryRaw<MigrationRow[]>`
        SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations`,
    );
  } catch (err) {
    log.error({ err }, "health: cannot read _prisma_migrations");
    return unhealthy({ version, database: "ok", problems: [...problems, "the migration history (_prisma_migrations) cannot be read"] });
  }

  const applied = new Set(rows.filter((r) => r.finished && !r.rolled_back).map((r) => r.migration_name));
  const failed = [
    ...new Set(rows.filter((r) => !r.finished && !r.rolled_back && !applied.has(r.migration_name)).map((r) => r.migration_name)),
  ].sort();
  const pending = (expected ?? []).filter((name) => !applied.has(name));
  if (pending.length > 0) problems.push(`${pending.length} migration(s) not applied`);
  if (failed.length > 0) problems.push(`${failed.length} migration(s) failed`);
  const migrations = { applied: applied.size, pending, ...(failed.length > 0 ? { failed } : {}) };
  if (problems.length > 0) return unhealthy({ version, database: "ok", migrations, problems });
  return { healthy: true, report: { status: "ok", version, database: "ok", migrations } };
}

function unhealthy(report: Omit<HealthReport, "status">): { healthy: false; report: HealthReport } {
  log.warn({ problems: report.problems }, "health check failed");
  return { healthy: false, report: { status: "error", ...report } };
}

/** `promise`, or a rejection after QUERY_TIMEOUT_MS (the query itself is left to finish or fail). */
async function withTimeout<T>(promise: PromiseLike<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${QUERY_TIMEOUT_MS} ms`)), QUERY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
