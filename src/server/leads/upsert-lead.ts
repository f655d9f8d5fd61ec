import "server-only";
import { type Prisma, prisma } from "@/server/db/client";
import type { LeadProfileValue } from "@/lib/validation";

export type LeadInput = {
  email: string;
  name?: string;
  profile?: LeadProfileValue;
  scenario?: string;
  buildingName?: string;
  unitCount?: number;
  locale?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  referrer?: string;
  ip: string;
  userAgent?: string;
  wantsDemo: boolean;
};

/**
 * Creates or updates the lead for `email` in `platform_leads` (docs/rules.md#demo-request). It is
 * written outside any provisioning transaction, so it survives a later failure; pass `db` (a
 * transaction) to write it together with its `lead.captured` event. Fields the request leaves out keep their
 * previous values; `request_count` counts every request; the funnel stage only moves forward
 * (`new` → `demo_requested` when the profile wants a demo).
 * @returns the lead's id.
 */
export async function upsertLead(input: LeadInput, db: Prisma.TransactionClient = prisma): Promise<{ id: string }> {
  const details = {
    name: input.name,
    profile: input.profile,
    scenario: input.scenario,
    buildingName: input.buildingName,
    unitCount: input.unitCount,
    locale: input.locale,
    utmSource: input.utmSource,
    utmMedium: input.utmMedium,
    utmCampaign: input.utmCampaign,
    referrer: input.referrer,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 500),
  };
  const defined = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
  const lead = await db.platformLead.upsert({
    where: { email: input.email },
    create: { email: input.email, leadSource: "chatbot", funnelStage: input.wantsDemo ? "demo_requested" : "new", ...defined },
    update: { ...defined, requestCount: { increment: 1 } },
    select: { id: true },
  });
  if (input.wantsDemo) {
    await db.platformLead.updateMany({ where: { id: lead.id, funnelStage: "new" }, data: { funnelStage: "demo_requested" } });
  }
  return lead;
}

/** Moves the lead to `demo_active` and links its organization (never moves a converted/lost lead back). */
export async function markLeadDemoActive(
  email: string,
  organizationId: string | null,
  db: Prisma.TransactionClient = prisma,
): Promise<void> {
  await db.platformLead.updateMany({
    where: { email, funnelStage: { in: ["new", "demo_requested"] } },
    data: { funnelStage: "demo_active", ...(organizationId ? { organizationId } : {}) },
  });
}
