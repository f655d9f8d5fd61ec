/**
 * Where the local scripts find PostgreSQL: the configured DATABASE_URL (+ MIGRATION_DATABASE_URL for the
 * owner), or else the embedded development database kept under .data/pg (survives restarts).
 */
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./local-stack";

export const DEV_PG_DIR = ".data/pg";

export type ResolvedDatabase = { appUrl: string; ownerUrl: string; embedded?: EmbeddedDatabase };

/** Configured URLs when DATABASE_URL is set; otherwise starts (and migrates) the embedded database. */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const appUrl = process.env.DATABASE_URL;
  if (appUrl) return { appUrl, ownerUrl: process.env.MIGRATION_DATABASE_URL || appUrl };
  const embedded = await startEmbeddedDatabase({
    dataDir: DEV_PG_DIR,
    port: Number(process.env.EMBEDDED_PG_PORT || 54329),
    persistent: true,
  });
  return { appUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl, embedded };
}
