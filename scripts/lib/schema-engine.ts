/**
 * Prisma's own schema engine, as WebAssembly, over @prisma/adapter-pg — the FALLBACK behind
 * `./migrations.ts`, used only when Prisma's native schema engine is absent; import `./migrations.ts`,
 * never this file. The native engine behind `prisma migrate` cannot be downloaded on offline
 * machines; this applies the same
 * `prisma/migrations/<name>/migration.sql` files and records `_prisma_migrations` exactly as
 * `prisma migrate deploy` does, so both stay interchangeable (docs/development.md#migrations-without-prismas-native-engine).
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const root = path.resolve(import.meta.dirname, "../..");
export const migrationsDir = path.join(root, "prisma/migrations");
export const schemaPath = path.join(root, "prisma/schema.prisma");

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = (await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
    })) as unknown as WebAssembly.WebAssemblyInstantiatedSource;
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

async function openEngine(connectionString: string): Promise<SchemaEngine> {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return (runtime.SchemaEngine as unknown as typeof SchemaEngine).new({ datamodels: undefined }, () => {}, factory as never);
}

/** Reads `prisma/migrations/*` into the shape the engine expects, sorted by name (= timestamp). */
export async function loadMigrationList(): Promise<MigrationList> {
  const entries = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      entries.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  } as MigrationList;
}

/**
 * Applies every pending migration to the database at `connectionString` (must be the owner role).
 * @returns the names of the migrations applied now (empty when the database was current).
 * @throws the engine's error when a migration fails; that migration is recorded as failed.
 */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openEngine(connectionString);
  try {
    const out = await engine.applyMigrations({
      migrationsList: await loadMigrationList(),
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that creates, from nothing, the schema `prisma/schema.prisma` describes (used to write migrations and to test them). */
export async function schemaToSql(connectionString: string): Promise<string> {
  const engine = await openEngine(connectionString);
  try {
    const content = await readFile(schemaPath, "utf8");
    const out = (await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    } as never)) as unknown;
    return extractScript(out);
  } finally {
    engine.free();
  }
}

function extractScript(out: unknown): string {
  if (typeof out === "string") return out;
  const o = out as { stdout?: string; script?: string };
  return o.stdout ?? o.script ?? JSON.stringify(out);
}
