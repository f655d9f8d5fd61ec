import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/env";
import { PrismaClient } from "./generated/client";

/**
 * The single Prisma client of the app, connected as the app role (no BYPASSRLS). Product tables are
 * readable through it only inside `withTenant` (which sets `app.organization_id`); everything else here
 * is platform data. Reused across hot reloads in development.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.prisma ??
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }),
    omit: { oneTimeCode: { codeHash: true, linkHash: true } },
  });

if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = typeof prisma;
export type { Prisma } from "./generated/client";
