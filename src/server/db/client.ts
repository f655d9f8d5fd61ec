import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/env";
import { log } from "@/server/log";
import { PrismaClient } from "./generated/client";

/**
 * Pool settings (docs/production.md, "Database connections"): one pool per process, at module scope, so
 * a warm serverless function reuses its connections; at most DATABASE_POOL_MAX of them; an idle one is
 * closed after POOL_IDLE_TIMEOUT_MS (a frozen function does not hold server slots for long); a new one
 * must connect within POOL_CONNECT_TIMEOUT_MS, so a down database fails a request fast (503) instead of
 * hanging it. A connection the server drops (restart, failover) raises an error on the pool, which
 * discards it; the next query opens a fresh one, so the app recovers by itself when the database returns.
 */
const POOL_IDLE_TIMEOUT_MS = 10_000;
const POOL_CONNECT_TIMEOUT_MS = 5_000;

/**
 * The single Prisma client of the app, connected as the app role (no BYPASSRLS). Product tables are
 * readable through it only inside `withTenant` (which sets `app.organization_id`); everything else here
 * is platform data. Reused across hot reloads in development.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.prisma ??
  new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: env.DATABASE_URL,
        max: env.DATABASE_POOL_MAX,
        idleTimeoutMillis: POOL_IDLE_TIMEOUT_MS,
        connectionTimeoutMillis: POOL_CONNECT_TIMEOUT_MS,
        keepAlive: true,
      },
      { onPoolError: (err) => log.warn({ err }, "database connection dropped; the pool replaces it") },
    ),
    omit: { oneTimeCode: { codeHash: true, linkHash: true } },
  });

if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = typeof prisma;
export type { Prisma } from "./generated/client";
