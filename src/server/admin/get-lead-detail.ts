import "server-only";
import { prisma } from "@/server/db/client";
import { isUuid } from "@/lib/uuid";

/** The lead fields the console's lead panels show (docs/rules.md#personal-data-ley-1581-de-2012). */
export const leadDetailSelect = {
  id: true,
  email: true,
  name: true,
  leadSource: true,
  profile: true,
  funnelStage: true,
  utmSource: true,
  utmMedium: true,
  utmCampaign: true,
  referrer: true,
  createdAt: true,
  organizationId: true,
  consentGiven: true,
  consentAt: true,
  consentNoticeVersion: true,
  erasedAt: true,
  // What later requests said differently, newest first.
  history: { orderBy: { id: "desc" }, take: 100, select: { id: true, field: true, value: true, email: true, createdAt: true } },
} as const;

/** One lead as the console shows it: facts, authorization, history (at most 100 entries, newest first). */
export type LeadDetail = {
  id: string;
  email: string;
  name: string | null;
  leadSource: string;
  profile: string | null;
  funnelStage: string;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  referrer: string | null;
  createdAt: Date;
  organizationId: string | null;
  /** The authorization (Ley 1581 de 2012 art. 9): given or not, when, and the notice's version. */
  consentGiven: boolean;
  consentAt: Date | null;
  consentNoticeVersion: string | null;
  /** Set once the holder's data was erased on request. */
  erasedAt: Date | null;
  history: { id: bigint; field: string; value: string; email: string; createdAt: Date }[];
};

/**
 * One lead for the console's lead page (`/admin/leads/[leadId]`), leads without a demo included.
 * @returns null for a malformed or unknown id (the page answers 404).
 */
export async function getLeadDetail(leadId: string): Promise<LeadDetail | null> {
  if (!isUuid(leadId)) return null;
  return prisma.platformLead.findUnique({ where: { id: leadId }, select: leadDetailSelect });
}
