import "server-only";
import { prisma } from "@/server/db/client";

/** A request for more time as the console shows it. */
export type ExtensionRequestItem = {
  id: string;
  organizationId: string;
  organizationName: string;
  requestedBy: string;
  message: string | null;
  /** "pending" | "auto_approved" | "approved" | "denied" */
  status: string;
  /** The demo's engagement score (0–100) when the prospect asked. */
  engagementScore: number;
  days: number | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  createdAt: Date;
};

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
    select: {
      id: true,
      organizationId: true,
      requestedBy: true,
      message: true,
      status: true,
      engagementScore: true,
      days: true,
      decidedBy: true,
      decidedAt: true,
      decisionNote: true,
      createdAt: true,
      organization: { select: { name: true } },
    },
  });
  return rows.map(({ organization, ...r }) => ({ ...r, organizationName: organization.name }));
}
