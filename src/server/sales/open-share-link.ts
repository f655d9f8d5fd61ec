import "server-only";
import { prisma } from "@/server/db/client";
import { isOrganizationExpired } from "@/server/demo/demo-policy";
import { recordEvent } from "@/server/events/record-event";
import { type OrganizationSummary, organizationSummarySelect } from "@/server/tenancy/resolve-demo-org";
import { hashShareToken } from "./share-link-token";

export type OpenedShareLink = { kind: "open"; shareLinkId: string; organization: OrganizationSummary } | { kind: "gone" };

/**
 * Resolves a share link's token to the ONE organization it shows (docs/sales.md#share-links), on the
 * platform path (no organization is known yet): by the token's SHA-256. It opens only while the link
 * is not revoked and its demo is neither expired, terminated nor purged — the link expires with the
 * demo. Each opening with `countView` adds one to the link's `view_count` and records a
 * `share_link_view` demo event (actor "share_link"), in one transaction.
 * The caller then reads the demo's data with `withTenant(organization.id, …)`, under row-level security.
 * @param token the URL's token, as typed (anything malformed is simply not found).
 * @returns "open" with the organization, or "gone" (unknown, revoked or expired: one answer for all).
 */
export async function openShareLink(token: string, { now = new Date(), countView = true } = {}): Promise<OpenedShareLink> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { kind: "gone" };
  const link = await prisma.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, revokedAt: true, organization: { select: { ...organizationSummarySelect, purgedAt: true } } },
  });
  if (!link || link.revokedAt || link.organization.purgedAt || isOrganizationExpired(link.organization, now)) return { kind: "gone" };
  if (countView) {
    await prisma.$transaction(async (tx) => {
      await tx.shareLink.update({ where: { id: link.id }, data: { viewCount: { increment: 1 }, lastViewedAt: now }, select: { id: true } });
      await recordEvent(tx, {
        organizationId: link.organization.id,
        type: "share_link_view",
        actor: "share_link",
        data: { shareLinkId: link.id },
      });
    });
  }
  return { kind: "open", shareLinkId: link.id, organization: link.organization };
}
