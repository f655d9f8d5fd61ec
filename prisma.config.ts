// Prisma CLI configuration. Migrations run as the database owner (MIGRATION_DATABASE_URL); the app itself
// connects as a role without BYPASSRLS (DATABASE_URL). Read only by the Prisma CLI.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL || "postgresql://localhost:5432/assembly",
  },
});
