import "server-only";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { Prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";

/** Translator of the sales console's API messages. */
export type AdminMessages = ReturnType<typeof getTranslator<"adminApi">>;

/** The messages of an admin action, in `locale`. */
export function adminMessages(locale: Locale): AdminMessages {
  return getTranslator(locale, "adminApi");
}

const lockedDemoSelect = {
  id: true,
  name: true,
  status: true,
  scenario: true,
  isDemo: true,
  demoExpiresAt: true,
  expiredAt: true,
  terminatedAt: true,
  convertedAt: true,
  purgedAt: true,
  extensionsUsed: true,
  assemblyCredits: true,
  locale: true,
  createdAt: true,
  users: { where: { role: "ADMIN_PH" }, select: { id: true, email: true, locale: true }, orderBy: { createdAt: "asc" }, take: 1 },
} as const satisfies Prisma.OrganizationSelect;

export type LockedDemo = Prisma.OrganizationGetPayload<{ select: typeof lockedDemoSelect }>;

/**
 * Locks one demo organization's row (`FOR UPDATE`) in the caller's transaction and reads it with its
 * ADMIN_PH user, so a sales action decides on state no concurrent action can change until commit
 * (two "extend" clicks cannot both pass the cap). Platform path: no tenant binding, no product rows.
 * `users` is empty when the demo was re-issued (the user moved to the new organization).
 * @throws AppError("not_found") when no demo organization has that id.
 */
export async function lockDemo(tx: Prisma.TransactionClient, organizationId: string, t: AdminMessages): Promise<LockedDemo> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM organizations WHERE id = ${organizationId}::uuid AND is_demo FOR UPDATE`;
  if (locked.length === 0) throw new AppError("not_found", t("demoNotFound"));
  return tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: lockedDemoSelect });
}

/** The fields sales actions report back (and audit), dates as Date. */
export const demoStateSelect = {
  id: true,
  status: true,
  demoExpiresAt: true,
  expiredAt: true,
  terminatedAt: true,
  convertedAt: true,
  purgedAt: true,
  extensionsUsed: true,
  assemblyCredits: true,
} as const satisfies Prisma.OrganizationSelect;

export type DemoState = Prisma.OrganizationGetPayload<{ select: typeof demoStateSelect }>;
