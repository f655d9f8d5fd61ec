import "server-only";
import { env } from "@/env";
import type { Locale } from "@/lib/i18n";
import { type DemoRequestInput, canonicalEmail, demoProfiles } from "@/lib/validation";
import { AppError } from "@/server/http/app-error";
import { isDisposableEmail } from "@/server/leads/is-disposable-email";
import { type LeadInput, markLeadDemoActive, newLeadInsertSql, upsertLead } from "@/server/leads/upsert-lead";
import { type Prisma, prisma } from "@/server/db/client";
import { Prisma as Sql } from "@/server/db/generated/client";
import { enqueueOutboxEvents, outboxInsertSql } from "@/server/lifecycle/enqueue-outbox-events";
import { log } from "@/server/log";
import { deliverEmailsAfterResponse, deliverLeasedEmail } from "@/server/mail/deliver-emails";
import { enforceRateLimit, refuseRateLimited } from "@/server/rate-limit/enforce-rate-limit";
import { rateLimitsInPostgres } from "@/server/rate-limit/get-rate-limit-store";
import { rateLimitPolicies, type RateLimitPolicyName } from "@/server/rate-limit/policies";
import { counterHitSql, counterWindow } from "@/server/rate-limit/postgres-store";
import { getScenario, localizeScenario } from "@/server/scenarios/registry";
import { topUpDemoPool } from "./demo-pool";
import { isOrganizationExpired } from "./demo-policy";
import { demoOrganizationName, scenarioClosestInSize } from "./personalize-demo";
import { provisionDemo } from "./provision-demo";

/**
 * What happened, for the HTTP boundary to put into words in the request's language
 * (src/app/api/demo/request/route.ts; docs/architecture.md, errors and messages at the boundary).
 */
export type DemoRequestOutcome = "lead_captured" | "demo_created" | "demo_exists" | "demo_expired";

export type DemoRequestResult = {
  /** 201 when a demo was created now, 200 otherwise. */
  status: 200 | 201;
  outcome: DemoRequestOutcome;
  /** The response body without its `message`, which the route adds from `outcome`. */
  body: {
    success: true;
    already_exists: boolean;
    login_url: "/login" | null;
    /**
     * Only with `already_exists`: the person's demo is "active", or "expired" (also terminated) since
     * `expiredAt` (ISO-8601), so the chatbot can say so and offer sales and more time
     * (docs/rules.md#demo-lifecycle). A converted demo counts as active.
     */
    status?: "active" | "expired";
    expiredAt?: string;
  };
  /**
   * Attempts the "your demo is ready" email (queued, once, with the demo) and tops the warm pool up
   * again; the route runs it after the response. Never throws: a failure leaves the email queued for
   * the lifecycle run. Only for a new demo.
   */
  deliver?: () => Promise<void>;
};

/**
 * When the demo of `organizationId` ended, or null while it is usable (docs/rules.md#demo-lifecycle):
 * `demo_expires_at`, or `terminated_at` when sales ended it earlier; null for an active, converted or
 * never-expiring demo.
 */
async function demoEndedAt(organizationId: string): Promise<Date | null> {
  const org = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: { isDemo: true, status: true, demoExpiresAt: true, terminatedAt: true },
  });
  if (!org || !isOrganizationExpired(org)) return null;
  const candidates = [org.demoExpiresAt, org.terminatedAt].filter((d): d is Date => d !== null);
  return candidates.length > 0 ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : new Date();
}

/** Retry-After of the 503 at MAX_ACTIVE_DEMOS: the hourly expiry run is when room usually appears. */
const CAP_RETRY_AFTER_S = 3600;

/**
 * The whole of `POST /api/demo/request` after parsing (docs/rules.md#demo-request):
 * rate limits (demoRequestPerIp 5/h, then demoRequestPerEmail 3/day per canonical email; the lead-only
 * profiles count in leadOnlyPerIp / leadOnlyPerEmail instead — src/server/rate-limit/policies.ts),
 * refusal of disposable mailboxes (400, nothing stored — docs/rules.md#demo-request), the lead upsert
 * (kept whatever happens next), then — for the "Administrador PH" and "Solo demo" profiles —
 * one demo per email: provision a new one (201) or report the existing one (200, already_exists).
 * A new demo is named after `building_name` ("P.H. <building>") and, without `scenario`, gets the
 * scenario closest in size to `unit_count` (`personalize-demo.ts`); both absent → "urban-tower" as
 * named by the scenario.
 * Other profiles only capture the lead (200, login_url null). A new lead enqueues `lead.captured`
 * (once per lead) in the lead's own transaction. The demo, its `demo.created` event, the lead's
 * `demo_active` stage and the queued "ready" email commit together; nothing after that commit can fail
 * the request (the email is attempted after the response and retried by the lifecycle run). With `maxActiveDemos` (default MAX_ACTIVE_DEMOS; null = no cap) reached, no demo is
 * created: the lead stays at `demo_requested`, a "cap_hit" event is recorded, and it answers 503.
 * Past the platform-wide breaker (demoCreatePerMinute, `DEMO_CREATE_PER_MINUTE`) the lead is kept and
 * it answers 429 with the generic message.
 * @throws AppError("demo_cap_reached") — 503 — with Retry-After 3600 at the cap;
 *   AppError("rate_limited") with Retry-After; AppError("disposable_email") — 400 — with
 *   `fields.email = ["disposable_email"]`; the provisioning error when the transaction fails
 *   (the lead stays, nothing else does).
 */
export async function requestDemo(
  input: DemoRequestInput & {
    ip: string;
    userAgent?: string;
    locale: Locale;
    maxActiveDemos?: number | null;
    /** Tests only: the breaker's counter scope and limit instead of "platform" and DEMO_CREATE_PER_MINUTE. */
    demoCreateBreaker?: { scope: string; limit: number };
  },
): Promise<DemoRequestResult> {
  const profile = input.profile ?? "demo_only";
  const wantsDemo = demoProfiles.includes(profile);
  // Without a named scenario, the building's approximate size picks one; without either, urban-tower.
  const scenario = getScenario(input.scenario ?? (input.unit_count ? scenarioClosestInSize(input.unit_count) : "urban-tower"));
  const now = new Date();
  const leadFields: LeadInput = {
    email: input.email,
    name: input.name,
    profile: input.profile,
    defaultProfile: profile,
    scenario: wantsDemo ? scenario.name : undefined,
    buildingName: input.building_name,
    unitCount: input.unit_count,
    locale: input.locale,
    utmSource: input.utm_source,
    utmMedium: input.utm_medium,
    utmCampaign: input.utm_campaign,
    referrer: input.referrer,
    ip: input.ip,
    userAgent: input.userAgent,
    wantsDemo,
    consent: input.consent === true,
  };
  const captured: Prisma.InputJsonObject = {
    name: input.name ?? null,
    profile,
    source: "chatbot",
    scenario: wantsDemo ? scenario.name : null,
    locale: input.locale,
    utmSource: input.utm_source ?? null,
    utmMedium: input.utm_medium ?? null,
    utmCampaign: input.utm_campaign ?? null,
    referrer: input.referrer ?? null,
    consent: input.consent === true,
  };
  // Lead-only profiles have their own, looser budget: the demo quota never costs us a sales lead.
  const limits = {
    ip: wantsDemo ? ("demoRequestPerIp" as const) : ("leadOnlyPerIp" as const),
    email: wantsDemo ? ("demoRequestPerEmail" as const) : ("leadOnlyPerEmail" as const),
  };
  const breaker = { scope: input.demoCreateBreaker?.scope ?? "platform", limit: input.demoCreateBreaker?.limit };
  const disposable = isDisposableEmail(input.email);

  let breakerCount: number | null = null;
  if (rateLimitsInPostgres()) {
    // One statement: both hits, then — within the limits and not disposable — the new lead with its
    // `lead.captured` event and the breaker's hit (docs/scale.md).
    const r = await captureInOneStatement({ lead: leadFields, captured, limits, breaker, wantsDemo, disposable, ip: input.ip, now });
    if (r.ipCount > rateLimitPolicies[limits.ip].limit)
      refuseRateLimited(limits.ip, counterWindow(rateLimitPolicies[limits.ip].windowMs).resetAt);
    if ((r.emailCount ?? 0) > rateLimitPolicies[limits.email].limit) {
      refuseRateLimited(limits.email, counterWindow(rateLimitPolicies[limits.email].windowMs).resetAt);
    }
    if (disposable) throw new AppError("disposable_email", { details: { email: ["disposable_email"] } });
    if (!r.leadId) await updateKnownLead(leadFields, captured, now);
    breakerCount = r.breakerCount;
  } else {
    await enforceRateLimit(limits.ip, input.ip);
    await enforceRateLimit(limits.email, canonicalEmail(input.email));
    if (disposable) throw new AppError("disposable_email", { details: { email: ["disposable_email"] } });
    await updateKnownLead(leadFields, captured, now);
  }
  if (!wantsDemo) {
    return { status: 200, outcome: "lead_captured", body: { success: true, already_exists: false, login_url: null } };
  }

  // The platform-wide breaker, after the lead is stored: past it the lead stays at demo_requested.
  const breakerPolicy = rateLimitPolicies.demoCreatePerMinute;
  if (breakerCount === null) await enforceRateLimit("demoCreatePerMinute", breaker.scope, undefined, breaker.limit);
  else if (breakerCount > (breaker.limit ?? breakerPolicy.limit))
    refuseRateLimited("demoCreatePerMinute", counterWindow(breakerPolicy.windowMs).resetAt);
  const maxActiveDemos = input.maxActiveDemos === undefined ? env.MAX_ACTIVE_DEMOS : (input.maxActiveDemos ?? undefined);
  const result = await provisionDemo({
    email: input.email,
    name: input.name,
    scenario,
    locale: input.locale,
    maxActiveDemos,
    organizationName: input.building_name ? demoOrganizationName(input.building_name) : undefined,
    readyEmail: true,
  });
  if (!result.created && result.capped) throw new AppError("demo_cap_reached", { retryAfterSeconds: CAP_RETRY_AFTER_S });
  if (!result.created) {
    await markLeadDemoActive(input.email, result.organizationId);
    const ended = result.organizationId ? await demoEndedAt(result.organizationId) : null;
    if (ended) {
      return {
        status: 200,
        outcome: "demo_expired",
        body: { success: true, already_exists: true, login_url: "/login", status: "expired", expiredAt: ended.toISOString() },
      };
    }
    return {
      status: 200,
      outcome: "demo_exists",
      body: { success: true, already_exists: true, login_url: "/login", status: "active" },
    };
  }
  // Committed: from here on nothing may turn the demo's 201 into an error.
  const { leasedEmail } = result;
  const emailIds = !leasedEmail && result.readyEmailId ? [result.readyEmailId] : [];
  return {
    status: 201,
    outcome: "demo_created",
    body: { success: true, already_exists: false, login_url: "/login" },
    deliver: async () => {
      if (leasedEmail) await deliverLeasedEmail(leasedEmail);
      else await deliverEmailsAfterResponse(emailIds);
      // A demo taken from the warm pool is replaced (one statement); an empty pool is the lifecycle run's to fill.
      if (result.pooled) {
        try {
          await topUpDemoPool(localizeScenario(scenario, input.locale));
        } catch (err) {
          log.error({ err }, "demo pool refill failed");
        }
      }
    },
  };
}

/**
 * The lead of a person already known (or, without PostgreSQL counters, of anyone): `upsertLead` and its
 * `lead.captured` event (once per lead) in one transaction.
 */
async function updateKnownLead(lead: LeadInput, captured: Prisma.InputJsonObject, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { id } = await upsertLead(lead, tx, now);
    await enqueueOutboxEvents(tx, [
      {
        type: "lead.captured",
        idempotencyKey: `lead.captured:${id}`,
        occurredAt: now,
        organizationId: null,
        email: lead.email,
        data: { leadId: id, ...captured },
      },
    ]);
  });
}

/**
 * The start of a demo request in ONE statement (docs/scale.md): the hit on the per-address limit; the
 * hit on the per-email limit only within it (as `enforceRateLimit` stops at the first refusal); then,
 * within both and for a mailbox that is not disposable, the lead of a person not seen before
 * (`newLeadInsertSql`) with its `lead.captured` outbox event, and — when a demo is wanted — the hit on
 * the platform-wide breaker. A known person's lead is left for `updateKnownLead`.
 * @returns the counts after the hits (null for a hit not made) and the new lead's id (null when none was created).
 */
async function captureInOneStatement(input: {
  lead: LeadInput;
  captured: Prisma.InputJsonObject;
  limits: { ip: RateLimitPolicyName; email: RateLimitPolicyName };
  breaker: { scope: string; limit?: number };
  wantsDemo: boolean;
  disposable: boolean;
  ip: string;
  now: Date;
}): Promise<{ ipCount: number; emailCount: number | null; leadId: string | null; breakerCount: number | null }> {
  const { limits, lead, now } = input;
  const ipPolicy = rateLimitPolicies[limits.ip];
  const emailPolicy = rateLimitPolicies[limits.email];
  const breakerPolicy = rateLimitPolicies.demoCreatePerMinute;
  const [row] = await prisma.$queryRaw<
    { ip_count: number; email_count: number | null; lead_id: string | null; breaker_count: number | null }[]
  >`
    WITH ip AS (${counterHitSql(`${limits.ip}:${input.ip}`, ipPolicy.windowMs)} RETURNING count),
    email AS (
      ${counterHitSql(`${limits.email}:${canonicalEmail(lead.email)}`, emailPolicy.windowMs, Sql.sql`FROM ip WHERE ip.count <= ${ipPolicy.limit}`)}
      RETURNING count),
    ok AS (SELECT 1 FROM email WHERE email.count <= ${emailPolicy.limit} AND NOT ${input.disposable}),
    lead AS (${newLeadInsertSql(lead, now, Sql.sql`FROM ok`)} RETURNING id),
    captured AS (
      ${outboxInsertSql("lead.captured", {
        from: Sql.sql`FROM lead`,
        key: Sql.sql`lead.id::text`,
        occurredAt: Sql.sql`${now.toISOString()}::text`,
        organizationId: Sql.sql`NULL::text`,
        email: Sql.sql`${lead.email}::text`,
        data: Sql.sql`jsonb_build_object('leadId', lead.id::text) || ${JSON.stringify(input.captured)}::jsonb`,
      })}),
    breaker AS (
      ${counterHitSql(`demoCreatePerMinute:${input.breaker.scope}`, breakerPolicy.windowMs, Sql.sql`FROM ok WHERE ${input.wantsDemo}`)}
      RETURNING count)
    SELECT (SELECT count FROM ip) AS ip_count, (SELECT count FROM email) AS email_count, (SELECT id::text FROM lead) AS lead_id,
           (SELECT count FROM breaker) AS breaker_count`;
  return { ipCount: row!.ip_count, emailCount: row!.email_count, leadId: row!.lead_id, breakerCount: row!.breaker_count };
}
