import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";

let cached: Promise<string[]> | undefined;

/**
 * The migrations this build ships: the directory names under `prisma/migrations` (e.g.
 * "20261121000000_init"), sorted. Read once per process — the folder does not change while the app
 * runs — relative to the working directory `next start` runs in. A failed read is not cached.
 * On a serverless host the folder must be shipped with the function (Next traces this static path;
 * otherwise add it to `outputFileTracingIncludes`); when it is missing, health reports it.
 * @throws the file-system error when the folder cannot be read.
 */
export function listMigrationNames(): Promise<string[]> {
  cached ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).then(
    (entries) =>
      entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}
