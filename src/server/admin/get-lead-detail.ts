import "server-only";
import { type Prisma, prisma } from "@/server/db/client";
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
} as const satisfies Prisma.PlatformLeadSelect;

/**
 * One lead as the console shows it: facts, the authorization (Ley 1581 de 2012 art. 9: given or not,
 * when, the notice's version), `erasedAt` once the holder's data was erased on request, and its history
 * (at most 100 entries, newest first).
 */
export type LeadDetail = Prisma.PlatformLeadGetPayload<{ select: typeof leadDetailSelect }>;

/**
 * One lead for the console's lead page (`/admin/leads/[leadId]`), leads without a demo included.
 * @returns null for a malformed or unknown id (the page answers 404).
 */
export async function getLeadDetail(leadId: string): Promise<LeadDetail | null> {
  if (!isUuid(leadId)) return null;
  return prisma.platformLead.findUnique({ where: { id: leadId }, select: leadDetailSelect });
}
