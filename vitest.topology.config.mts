import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:topology` only (scripts/test-topology.ts starts nginx, two app instances, PgBouncer…).
// Files run one after the other: the fault tests stop parts of the system.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["tests/topology/**/*.test.ts", "tests/cross-tenant-matrix.api.test.ts"],
    setupFiles: ["tests/support/guard-local-database.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: false,
  },
});
