import "server-only";
import { prisma } from "./client";
import type { Prisma } from "./generated/client";
import { isUuid } from "@/lib/uuid";

/** A Prisma transaction client whose every statement runs with `app.organization_id` set. */
export type TenantDb = Prisma.TransactionClient;

/** What tenant-scoped server functions receive: the organization from the session, never from the request. */
export type TenantContext = { organizationId: string; db: TenantDb };

/**
 * Binds an open transaction to one organization: PostgreSQL row-level security then limits every
 * product-table statement in it to that organization's rows (docs/rules.md#tenancy-and-isolation). `is_local = true`
 * scopes the setting to the transaction, which keeps it safe behind PgBouncer in transaction mode.
 * @throws Error when `organizationId` is not a UUID (a programming error, never user input).
 */
export async function bindTenant(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  if (!isUuid(organizationId)) throw new Error(`bindTenant: invalid organization id`);
  await tx.$executeRaw`SELECT set_config('app.organization_id', ${organizationId}, true)`;
}

/** Attempts of a transaction that PostgreSQL aborted as a deadlock or a write conflict. */
const TRANSIENT_CONFLICT_ATTEMPTS = 3;

/**
 * Runs `transaction` — a function that opens and commits one database transaction — and runs it
 * again when PostgreSQL aborted it as a deadlock or write conflict (Prisma P2034: e.g. the prospect's
 * write racing a sales reset of the same demo, where PostgreSQL picks one of the two as the victim).
 * The aborted attempt was rolled back whole, so repeating it is safe. Up to
 * TRANSIENT_CONFLICT_ATTEMPTS attempts in all, after a short random pause (10–60 ms) each.
 * @returns what the first attempt that commits returns.
 * @throws whatever the transaction throws; the last P2034 when every attempt conflicted (the HTTP
 *   boundary answers it with 409).
 */
export async function retryTransientConflicts<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isTransientConflict(error) || attempt >= TRANSIENT_CONFLICT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 50));
    }
  }
}

/**
 * Runs `fn` in one transaction bound to `organizationId` (see `bindTenant`), run again on a
 * deadlock or write conflict (`retryTransientConflicts`).
 * @param organizationId the session's organization (UUID).
 * @returns what `fn` returns; the transaction commits when it resolves and rolls back when it throws.
 * @throws whatever `fn` throws (the transaction is rolled back); the last P2034 when every attempt
 *   conflicted (the HTTP boundary answers it with 409).
 */
export async function withTenant<T>(organizationId: string, fn: (ctx: TenantContext) => Promise<T>): Promise<T> {
  return retryTransientConflicts(() =>
    prisma.$transaction(
      async (tx) => {
        await bindTenant(tx, organizationId);
        return fn({ organizationId, db: tx });
      },
      { maxWait: 5_000, timeout: 15_000 },
    ),
  );
}

/** True for Prisma's P2034: the transaction failed on a write conflict or a deadlock. */
export function isTransientConflict(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2034";
}
