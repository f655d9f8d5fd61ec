import path from "node:path";
import { defineConfig } from "vitest/config";

// Run through `npm test` (scripts/test.ts), which starts the embedded PostgreSQL, the local inbox and
// the built app, and passes their URLs in the environment.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      // `server-only` throws outside React Server Components; tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // Run by `npm run test:topology`, against the nginx + two instances + PgBouncer it starts.
    exclude: ["tests/topology/**", "**/node_modules/**"],
    setupFiles: ["tests/support/guard-local-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
