import "server-only";
import type { Prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";

/** A demo's lifecycle instants (Date or null). */
const demoDatesSelect = { demoExpiresAt: true, expiredAt: true, terminatedAt: true, convertedAt: true, purgedAt: true } as const;

/** The fields sales actions report back (and audit), dates as Date. */
export const demoStateSelect = {
  id: true,
  status: true,
  ...demoDatesSelect,
  extensionsUsed: true,
  assemblyCredits: true,
} as const satisfies Prisma.OrganizationSelect;

export type DemoState = Prisma.OrganizationGetPayload<{ select: typeof demoStateSelect }>;

const lockedDemoSelect = {
  ...demoStateSelect,
  name: true,
  scenario: true,
  isDemo: true,
  locale: true,
  createdAt: true,
  users: { where: { role: "ADMIN_PH" }, select: { id: true, email: true, locale: true }, orderBy: { createdAt: "asc" }, take: 1 },
} as const satisfies Prisma.OrganizationSelect;

export type LockedDemo = Prisma.OrganizationGetPayload<{ select: typeof lockedDemoSelect }>;

/**
 * Locks one demo organization's row (`FOR NO KEY UPDATE`) in the caller's transaction and reads it
 * with its ADMIN_PH user, so a sales action decides on state no concurrent action can change until
 * commit (two "extend" clicks cannot both pass the cap). Not `FOR UPDATE`: the id never changes, and
 * the stronger lock would also block the key-share lock every tenant insert takes on its
 * organization (foreign key), turning a reset racing the prospect's writes into deadlocks. Platform path: no tenant binding, no product rows.
 * `users` is empty when the demo was re-issued (the user moved to the new organization).
 * @throws AppError("demo_not_found") → 404 when no demo organization has that id.
 */
export async function lockDemo(tx: Prisma.TransactionClient, organizationId: string): Promise<LockedDemo> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM organizations WHERE id = ${organizationId}::uuid AND is_demo FOR NO KEY UPDATE`;
  if (locked.length === 0) throw new AppError("demo_not_found");
  return tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: lockedDemoSelect });
}

/** A locked demo that still has its prospect (`user`), as every sales action but re-issue needs. */
export type ManagedDemo = { demo: LockedDemo; user: LockedDemo["users"][number] };

/**
 * `lockDemo`, then the checks every sales action on a prospect's demo shares: the demo still has its
 * user (a re-issued demo's old organization has none) and, with `requireExpiry`, an expiry date (the
 * shared QA demo has none and cannot be extended, terminated or converted).
 * @returns the demo, its user and — with `requireExpiry` — its expiry.
 * @throws AppError `demo_not_found` (404); `demo_superseded` or `demo_without_expiry` (409).
 */
export async function lockManagedDemo(tx: Prisma.TransactionClient, organizationId: string): Promise<ManagedDemo>;
export async function lockManagedDemo(
  tx: Prisma.TransactionClient,
  organizationId: string,
  opts: { requireExpiry: true },
): Promise<ManagedDemo & { expiresAt: Date }>;
export async function lockManagedDemo(
  tx: Prisma.TransactionClient,
  organizationId: string,
  opts: { requireExpiry?: boolean } = {},
): Promise<ManagedDemo & { expiresAt?: Date }> {
  const demo = await lockDemo(tx, organizationId);
  const user = demo.users[0];
  if (!user) throw new AppError("demo_superseded");
  if (!opts.requireExpiry) return { demo, user };
  if (!demo.demoExpiresAt) throw new AppError("demo_without_expiry");
  return { demo, user, expiresAt: demo.demoExpiresAt };
}
