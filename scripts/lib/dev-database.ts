/**
 * Where the local scripts find PostgreSQL: the configured DATABASE_URL (+ MIGRATION_DATABASE_URL for the
 * owner), or else the embedded development database kept under .data/pg (survives restarts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { type EmbeddedDatabase, embeddedDatabaseUrls, startEmbeddedDatabase } from "./local-stack";

export const DEV_PG_DIR = ".data/pg";

export type ResolvedDatabase = { appUrl: string; ownerUrl: string; embedded?: EmbeddedDatabase };

/**
 * Configured URLs when DATABASE_URL is set; otherwise the embedded development database: the one
 * already running from .data/pg (another script's, e.g. `npm run dev` — used as is, never stopped
 * here), else started (and migrated) now, and stopped by the caller through `embedded.stop`.
 */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const appUrl = process.env.DATABASE_URL;
  if (appUrl) return { appUrl, ownerUrl: process.env.MIGRATION_DATABASE_URL || appUrl };
  const running = await runningDevDatabase();
  if (running) return running;
  const embedded = await startEmbeddedDatabase({
    dataDir: DEV_PG_DIR,
    port: Number(process.env.EMBEDDED_PG_PORT || 54329),
    persistent: true,
  });
  return { appUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl, embedded };
}

/**
 * The development database when a PostgreSQL already serves .data/pg: its `postmaster.pid` names a
 * live process and the port it listens on (4th line), and that port answers.
 */
async function runningDevDatabase(): Promise<ResolvedDatabase | undefined> {
  const pidFile = path.join(DEV_PG_DIR, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return undefined; // a stale file left by a crash: PostgreSQL itself cleans it up on start
  }
  const urls = embeddedDatabaseUrls(Number(port));
  const client = new pg.Client({ connectionString: urls.ownerUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return urls;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}
