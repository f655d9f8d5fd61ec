import "server-only";
import { prisma } from "@/server/db/client";
import type { SalesContactRequest } from "@/server/db/generated/client";

/** A "Hablar con ventas" request as the sales console lists it, with the name of its demo (null without one). */
export type ContactRequestRow = Omit<SalesContactRequest, "leadId" | "locale"> & { organizationName: string | null };

/**
 * The newest "Hablar con ventas" requests (docs/sales.md#talk-to-sales), for the console: all of them, or one
 * demo's (`organizationId`) or one person's (`email`). Platform read (the sales console's path).
 * @param options.limit at most this many rows (default 100, newest first).
 */
export async function listContactRequests(
  options: { organizationId?: string; email?: string; limit?: number } = {},
): Promise<ContactRequestRow[]> {
  const where =
    options.organizationId && options.email
      ? { OR: [{ organizationId: options.organizationId }, { email: options.email }] }
      : options.organizationId
        ? { organizationId: options.organizationId }
        : options.email
          ? { email: options.email }
          : {};
  const rows = await prisma.salesContactRequest.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 100,
    omit: { leadId: true, locale: true },
    include: { organization: { select: { name: true } } },
  });
  return rows.map(({ organization, ...row }) => ({ ...row, organizationName: organization?.name ?? null }));
}

/** One demo's share links in numbers, for the console: how many were created, are active, and their views. */
export async function getShareLinkSummary(organizationId: string): Promise<{ links: number; active: number; views: number }> {
  const [all, active] = await Promise.all([
    prisma.shareLink.aggregate({ where: { organizationId }, _count: { _all: true }, _sum: { viewCount: true } }),
    prisma.shareLink.count({ where: { organizationId, revokedAt: null } }),
  ]);
  return { links: all._count._all, active, views: all._sum.viewCount ?? 0 };
}
