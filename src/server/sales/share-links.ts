import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { recordEvent } from "@/server/events/record-event";
import { AppError } from "@/server/http/app-error";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { generateShareToken, hashShareToken, shareLinkUrl } from "./share-link-token";

/** A share link as its owner sees it (never the token: only its hash is stored). */
export type ShareLinkView = {
  id: string;
  createdAt: string;
  revokedAt: string | null;
  viewCount: number;
  lastViewedAt: string | null;
  active: boolean;
};

const shareLinkSelect = { id: true, createdAt: true, revokedAt: true, viewCount: true, lastViewedAt: true } as const;

function toView(row: { id: string; createdAt: Date; revokedAt: Date | null; viewCount: number; lastViewedAt: Date | null }): ShareLinkView {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    viewCount: row.viewCount,
    lastViewedAt: row.lastViewedAt?.toISOString() ?? null,
    active: row.revokedAt === null,
  };
}

/**
 * Creates a read-only share link of the session's demo (docs/sales.md#share-links) in the caller's tenant
 * transaction: a fresh token (only its SHA-256 stored) and a `share_link_created` demo event. The link
 * expires with the demo (checked when opened, so an extension extends it too).
 * Rate limit: shareLinkCreatePerDemo (20 a day per demo).
 * @param actor the demo user's email.
 * @returns the link's id, its URL (shown once: the token is not stored) and creation time.
 * @throws AppError `rate_limited` (429).
 */
export async function createShareLink(
  { db, organizationId }: TenantContext,
  { actor }: { actor: string },
): Promise<{ id: string; url: string; createdAt: Date }> {
  await enforceRateLimit("shareLinkCreatePerDemo", organizationId);
  const token = generateShareToken();
  const link = await db.shareLink.create({
    data: { organizationId, tokenHash: hashShareToken(token), createdBy: actor },
    select: { id: true, createdAt: true },
  });
  await recordEvent(db, { organizationId, type: "share_link_created", actor, data: { shareLinkId: link.id } });
  return { id: link.id, url: shareLinkUrl(token), createdAt: link.createdAt };
}

/** The session demo's share links, newest first, with their view counts. */
export async function listShareLinks({ db, organizationId }: TenantContext): Promise<ShareLinkView[]> {
  const rows = await db.shareLink.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" }, select: shareLinkSelect });
  return rows.map(toView);
}

/**
 * Revokes one of the session demo's share links: from now on its page answers "no longer available".
 * Revoking twice is harmless (the first revocation time stays).
 * @returns the link after the change.
 * @throws AppError `share_link_not_found` (404) when `id` is not a link of THIS demo (another demo's
 *   link answers the same as a link that does not exist).
 */
export async function revokeShareLink({ db, organizationId }: TenantContext, id: string, now = new Date()): Promise<ShareLinkView> {
  await db.shareLink.updateMany({ where: { id, organizationId, revokedAt: null }, data: { revokedAt: now } });
  const link = await db.shareLink.findFirst({ where: { id, organizationId }, select: shareLinkSelect });
  if (!link) throw new AppError("share_link_not_found");
  return toView(link);
}
