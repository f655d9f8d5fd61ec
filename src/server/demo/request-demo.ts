import "server-only";
import { type Locale, getTranslator } from "@/lib/i18n";
import { type DemoRequestInput, canonicalEmail, demoProfiles } from "@/lib/validation";
import { AppError } from "@/server/http/app-error";
import { isDisposableEmail } from "@/server/leads/is-disposable-email";
import { markLeadDemoActive, upsertLead } from "@/server/leads/upsert-lead";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { getScenario } from "@/server/scenarios/registry";
import { provisionDemo } from "./provision-demo";

export type DemoRequestResult = {
  /** 201 when a demo was created now, 200 otherwise. */
  status: 200 | 201;
  body: { success: true; already_exists: boolean; login_url: "/login" | null; message: string };
};

/**
 * The whole of `POST /api/demo/request` after parsing (DESIGN.md "The main flow" §2):
 * rate limits (demoRequestPerIp 5/h, then demoRequestPerEmail 3/day per canonical email — spec 003 §5.2),
 * refusal of disposable mailboxes (400, nothing stored — issue #3 §5), the lead upsert
 * (kept whatever happens next), then — for the "Administrador PH" and "Solo demo" profiles —
 * one demo per email: provision a new one (201) or report the existing one (200, already_exists).
 * Other profiles only capture the lead (200, login_url null).
 * @throws AppError("rate_limited") with Retry-After; AppError("validation_failed") with
 *   `fields.email = ["disposable_email"]`; the provisioning error when the transaction fails
 *   (the lead stays, nothing else does).
 */
export async function requestDemo(input: DemoRequestInput & { ip: string; userAgent?: string; locale: Locale }): Promise<DemoRequestResult> {
  const t = getTranslator(input.locale, "api");
  await enforceRateLimit("demoRequestPerIp", input.ip, t("rateLimited"));
  await enforceRateLimit("demoRequestPerEmail", canonicalEmail(input.email), t("rateLimited"));
  if (isDisposableEmail(input.email)) {
    throw new AppError("validation_failed", t("disposableEmail"), { details: { email: ["disposable_email"] } });
  }

  const profile = input.profile ?? "demo_only";
  const wantsDemo = demoProfiles.includes(profile);
  const scenario = getScenario(input.scenario ?? "urban-tower");
  await upsertLead({
    email: input.email,
    name: input.name,
    profile,
    scenario: wantsDemo ? scenario.name : undefined,
    locale: input.locale,
    utmSource: input.utm_source,
    utmMedium: input.utm_medium,
    utmCampaign: input.utm_campaign,
    referrer: input.referrer,
    ip: input.ip,
    userAgent: input.userAgent,
    wantsDemo,
  });
  if (!wantsDemo) {
    return { status: 200, body: { success: true, already_exists: false, login_url: null, message: t("leadCaptured") } };
  }

  const result = await provisionDemo({ email: input.email, name: input.name, scenario, locale: input.locale });
  await markLeadDemoActive(input.email, result.organizationId);
  return result.created
    ? { status: 201, body: { success: true, already_exists: false, login_url: "/login", message: t("demoCreated") } }
    : { status: 200, body: { success: true, already_exists: true, login_url: "/login", message: t("demoAlreadyExists") } };
}
