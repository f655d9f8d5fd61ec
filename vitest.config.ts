import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // `server-only` throws outside React Server Components; tests import server modules directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

// Two projects:
// - `unit` (`src/**/*.test.ts`): pure functions, no database, inbox or app — `npm run test:unit` runs
//   them on their own, with nothing started or configured;
// - `integration` (`tests/**/*.test.ts`): against the embedded PostgreSQL, the local inbox and the
//   built app that `npm test` (scripts/test.ts) starts and passes in the environment.
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          // No DATABASE_URL or secrets needed: modules that read the environment see it unvalidated.
          env: { SKIP_ENV_VALIDATION: "1", LOG_LEVEL: "silent" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          // Run by `npm run test:topology`, against the nginx + two instances + PgBouncer it starts.
          exclude: ["tests/topology/**", "**/node_modules/**"],
          setupFiles: ["tests/support/guard-local-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
