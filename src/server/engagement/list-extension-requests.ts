import "server-only";
import { prisma } from "@/server/db/client";
import type { ExtensionRequest } from "@/server/db/generated/client";

/**
 * A request for more time as the console shows it (fields as stored: `status` "pending" |
 * "auto_approved" | "approved" | "denied", `engagementScore` 0–100 when the prospect asked), with the
 * name of its demo.
 */
export type ExtensionRequestItem = ExtensionRequest & { organizationName: string };

/**
 * Requests for more time for the sales console (docs/engagement.md#more-time), newest first, at most
 * `limit` (default 100). Platform path.
 * @param filter.status only requests in this status (the console's queue lists "pending");
 *   filter.organizationId only this demo's (its detail page).
 */
export async function listExtensionRequests(
  filter: { status?: string; organizationId?: string; limit?: number } = {},
): Promise<ExtensionRequestItem[]> {
  const rows = await prisma.extensionRequest.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.organizationId ? { organizationId: filter.organizationId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: filter.limit ?? 100,
    include: { organization: { select: { name: true } } },
  });
  return rows.map(({ organization, ...r }) => ({ ...r, organizationName: organization.name }));
}
