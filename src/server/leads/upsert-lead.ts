import "server-only";
import { PRIVACY_NOTICE_VERSION } from "@/lib/privacy";
import { canonicalEmail } from "@/lib/validation";
import type { LeadProfileValue } from "@/lib/validation";
import { type Prisma, prisma } from "@/server/db/client";
import { Prisma as Sql } from "@/server/db/generated/client";

export type LeadInput = {
  email: string;
  name?: string;
  /** The profile the person chose; absent when the request named none (then it is not a claim to keep). */
  profile?: LeadProfileValue;
  /** The profile a new lead gets when the request named none. */
  defaultProfile?: LeadProfileValue;
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
  /** The holder's authorization (Ley 1581 de 2012 art. 9): true only when the request carried `consent: true`. */
  consent?: boolean;
};

/**
 * What a person says about themselves, as `lead_history.field` names it: the first value stays on the lead,
 * a later different one goes to the history (docs/rules.md#personal-data-ley-1581-de-2012).
 */
const claimedFields = {
  email: "email",
  name: "name",
  buildingName: "building_name",
  unitCount: "unit_count",
  profile: "profile",
  utmSource: "utm_source",
  utmMedium: "utm_medium",
  utmCampaign: "utm_campaign",
  referrer: "referrer",
} as const;
type ClaimedField = keyof typeof claimedFields;

/**
 * The statement (without RETURNING) that creates the lead of a person not seen before
 * (`INSERT … ON CONFLICT (email_key) DO NOTHING`: a known person is left as is for `upsertLead`'s
 * update path): every field as given, stage `demo_requested` when the profile wants a demo, else `new`,
 * consent recorded (time and PRIVACY_NOTICE_VERSION) when given. `from` makes it conditional when it
 * runs inside a larger statement (`FROM ok`).
 */
export function newLeadInsertSql(input: LeadInput, now: Date, from: Sql.Sql = Sql.empty): Sql.Sql {
  const emailKey = canonicalEmail(input.email);
  const stage = input.wantsDemo ? "demo_requested" : "new";
  const consent = input.consent === true;
  return Sql.sql`
    INSERT INTO platform_leads (id, email, email_key, name, lead_source, profile, funnel_stage, scenario, building_name, unit_count, locale,
      utm_source, utm_medium, utm_campaign, referrer, ip, user_agent, consent_given, consent_at, consent_notice_version, created_at, updated_at)
    SELECT gen_random_uuid(), ${input.email}, ${emailKey}, ${input.name ?? null}, 'chatbot', ${input.profile ?? input.defaultProfile ?? null}::"LeadProfile",
      ${stage}::"FunnelStage", ${input.scenario ?? null}, ${input.buildingName ?? null}, ${input.unitCount ?? null}::int, ${input.locale ?? null},
      ${input.utmSource ?? null}, ${input.utmMedium ?? null}, ${input.utmCampaign ?? null}, ${input.referrer ?? null}, ${input.ip},
      ${input.userAgent?.slice(0, 500) ?? null}, ${consent}, ${consent ? now : null}::timestamptz,
      ${consent ? PRIVACY_NOTICE_VERSION : null}, ${now}, ${now} ${from}
    ON CONFLICT (email_key) DO NOTHING`;
}

/**
 * Creates or updates the one lead of the person behind `email` in `platform_leads`
 * (docs/rules.md#demo-request, docs/rules.md#personal-data-ley-1581-de-2012). A person is their canonical
 * address (`canonicalEmail`, `email_key`, unique): "ana+2@x.com" updates "ana@x.com"'s lead. It is written
 * outside any provisioning transaction, so it survives a later failure; pass `db` (a transaction) to write
 * it together with its `lead.captured` event.
 * Nothing an unauthenticated request says overwrites what is stored: a field the lead lacks is filled, a
 * different value (another name, another alias typed, another building) is appended to `lead_history`
 * with the address it came with; the technical context of the latest request (IP, user agent, language,
 * scenario) is updated. `request_count` counts every request; the funnel stage only moves forward
 * (`new` → `demo_requested` when the profile wants a demo). Consent is recorded the first time it is given
 * (time and PRIVACY_NOTICE_VERSION); a later request without it does not withdraw it.
 * Concurrent first requests of one person create one lead (`INSERT … ON CONFLICT (email_key)`), and the
 * update reads the row `FOR UPDATE`.
 * @returns the lead's id and whether it was created now.
 */
export async function upsertLead(
  input: LeadInput,
  db: Prisma.TransactionClient = prisma,
  now: Date = new Date(),
): Promise<{ id: string; created: boolean }> {
  const emailKey = canonicalEmail(input.email);
  const claimed: Record<ClaimedField, string | number | undefined> = {
    email: input.email,
    name: input.name,
    buildingName: input.buildingName,
    unitCount: input.unitCount,
    profile: input.profile,
    utmSource: input.utmSource,
    utmMedium: input.utmMedium,
    utmCampaign: input.utmCampaign,
    referrer: input.referrer,
  };
  const context = { locale: input.locale, scenario: input.scenario, ip: input.ip, userAgent: input.userAgent?.slice(0, 500) };
  const consent = input.consent === true ? { consentGiven: true, consentAt: now, consentNoticeVersion: PRIVACY_NOTICE_VERSION } : {};

  const inserted = await db.$queryRaw<{ id: string }[]>`${newLeadInsertSql(input, now)} RETURNING id`;
  if (inserted[0]) return { id: inserted[0].id, created: true };

  const [locked] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM platform_leads WHERE email_key = ${emailKey} FOR UPDATE`;
  const lead = await db.platformLead.findUniqueOrThrow({
    where: { id: locked!.id },
    select: {
      id: true,
      email: true,
      name: true,
      buildingName: true,
      unitCount: true,
      profile: true,
      utmSource: true,
      utmMedium: true,
      utmCampaign: true,
      referrer: true,
      consentGiven: true,
    },
  });
  const fills: Partial<Record<ClaimedField, string | number>> = {};
  const history: Prisma.LeadHistoryCreateManyInput[] = [];
  for (const key of Object.keys(claimedFields) as ClaimedField[]) {
    const value = claimed[key];
    if (value === undefined) continue;
    const stored = lead[key];
    if (stored === null) fills[key] = value;
    else if (String(stored) !== String(value)) {
      history.push({ leadId: lead.id, field: claimedFields[key], value: String(value), email: input.email, createdAt: now });
    }
  }
  const definedContext = Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined));
  await db.platformLead.update({
    where: { id: lead.id },
    data: {
      ...(fills as Prisma.PlatformLeadUpdateInput),
      ...definedContext,
      ...(lead.consentGiven ? {} : consent),
      requestCount: { increment: 1 },
      updatedAt: now,
    },
    select: { id: true },
  });
  if (history.length > 0) await db.leadHistory.createMany({ data: history });
  if (input.wantsDemo) {
    await db.platformLead.updateMany({ where: { id: lead.id, funnelStage: "new" }, data: { funnelStage: "demo_requested" } });
  }
  return { id: lead.id, created: false };
}

/**
 * Moves the lead of the person behind `email` (canonical address) to `demo_active` and links its
 * organization (never moves a converted/lost lead back).
 */
export async function markLeadDemoActive(
  email: string,
  organizationId: string | null,
  db: Prisma.TransactionClient = prisma,
): Promise<void> {
  await db.platformLead.updateMany({
    where: { emailKey: canonicalEmail(email), funnelStage: { in: ["new", "demo_requested"] } },
    data: { funnelStage: "demo_active", ...(organizationId ? { organizationId } : {}) },
  });
}
