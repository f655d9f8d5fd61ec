/**
 * The one way scripts and tests apply `prisma/migrations` and render the schema as SQL
 * (docs/development.md#migrations-without-prismas-native-engine).
 *
 * - Where Prisma's native schema engine is installed (a normal `npm ci` with access to Prisma's engine
 *   downloads, e.g. CI or a deployment), this runs Prisma's own commands: `prisma migrate deploy` and
 *   `prisma migrate diff`.
 * - Where it is absent (offline machines: the engine binary cannot be downloaded), it falls back to
 *   `./schema-engine.ts`, the same engine compiled to WebAssembly, which applies the same
 *   `migration.sql` files and records `_prisma_migrations` exactly as `prisma migrate deploy` does.
 *
 * Either way the drift test (tests/migrations.integration.test.ts) checks that the migrations produce
 * exactly the schema `prisma/schema.prisma` describes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Path of Prisma's native schema engine when one is installed: `PRISMA_SCHEMA_ENGINE_BINARY`, else the
 * `schema-engine-<platform>` binary `@prisma/engines` downloads at install time; undefined otherwise.
 */
export function nativeSchemaEngine(): string | undefined {
  const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (configured && path.basename(configured).startsWith("schema-engine") && existsSync(configured)) return configured;
  try {
    const enginesDir = path.dirname(createRequire(import.meta.url).resolve("@prisma/engines/package.json"));
    const binary = readdirSync(enginesDir).find((name) => name.startsWith("schema-engine-"));
    return binary ? path.join(enginesDir, binary) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Applies every pending migration to the database at `ownerUrl` (must be the owner role).
 * @returns the names of the migrations applied now (empty when the database was current).
 * @throws when a migration fails (it is recorded as failed in `_prisma_migrations`).
 */
export async function applyMigrations(ownerUrl: string): Promise<string[]> {
  if (!nativeSchemaEngine()) return (await import("./schema-engine")).applyMigrations(ownerUrl);
  const before = await appliedMigrationNames(ownerUrl);
  prisma(["migrate", "deploy"], ownerUrl);
  const after = await appliedMigrationNames(ownerUrl);
  return after.filter((name) => !before.includes(name));
}

/**
 * SQL that creates, from nothing, the schema `prisma/schema.prisma` describes (to write a migration
 * and to test the migrations against it).
 * @param connectionString a database the engine may connect to (nothing is changed in it).
 */
export async function schemaToSql(connectionString: string): Promise<string> {
  if (!nativeSchemaEngine()) return (await import("./schema-engine")).schemaToSql(connectionString);
  return prisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"], connectionString);
}

function prisma(args: string[], databaseUrl: string): string {
  const result = spawnSync("npx", ["--no-install", "prisma", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, MIGRATION_DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

async function appliedMigrationNames(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
    if (!exists.rows[0]?.t) return [];
    const rows = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return rows.rows.map((r) => r.migration_name);
  } finally {
    await client.end();
  }
}
