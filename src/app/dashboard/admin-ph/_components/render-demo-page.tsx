import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { OnboardingChecklist } from "@/components/engagement/onboarding-checklist";
import { type TenantContext, withTenant } from "@/server/db/tenant";
import { getOnboarding } from "@/server/engagement/get-onboarding";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { PageViewBeacon } from "@/components/observability/page-view-beacon";
import { runWithRequestContext } from "@/server/observability/request-context";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/server/observability/request-id";
import { noOrganizationHome } from "@/server/tenancy/no-organization-home";
import { type AccessUser, type OrganizationSummary, resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";
import { DemoExpired } from "../../_components/demo-expired";
import { LogoutButton } from "../../_components/logout-button";
import { DemoBanner } from "./demo-banner";
import { type DemoSection, DemoShell } from "./demo-shell";

export type DemoPageContext = {
  organization: OrganizationSummary;
  user: AccessUser;
  locale: Locale;
  now: Date;
  /** Runs reads in one transaction bound to the session's organization (row-level security). */
  read: <T>(fn: (tenant: TenantContext) => Promise<T>) => Promise<T>;
};

/**
 * The page-side twin of `withDemoOrg`: every PH admin page renders through it. It resolves the
 * session's organization from the database on each request (so an expired demo shows "Demo vencido"
 * even to a session opened before expiry, and on client-side navigation too), sends visitors without a
 * session to /login, and wraps `body` in the shell. Pages never take an organization id from the URL.
 * Observability (docs/rules.md#observability): `body` runs with the request's log context (request id from the
 * proxy, organization). A demo's page view is counted by the browser (`PageViewBeacon`) when the person
 * opens the page, so neither a prefetch nor the re-render an action asks for (`router.refresh()`) counts
 * as a view; feature use is its own event (`feature_used`). The
 * `X-Demo-Tenant` response header of these pages is set by the proxy (a page cannot set headers).
 * A demo's pages open with its guided checklist (docs/engagement.md#the-guided-checklist).
 */
export async function renderDemoPage(
  section: DemoSection,
  callbackPath: string,
  body: (ctx: DemoPageContext) => Promise<ReactNode>,
): Promise<ReactNode> {
  const access = await resolveDemoOrg();
  if (access.kind === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (access.kind === "no_organization") redirect(noOrganizationHome(access.user));
  const locale = await getRequestLocale(access.organization.locale);
  if (access.kind === "expired") return <DemoExpired locale={locale} organization={access.organization} />;

  const { organization, user } = access;
  const now = new Date();
  const requestHeaders = await headers();
  const logContext = {
    requestId: requestIdFrom(requestHeaders.get(REQUEST_ID_HEADER)),
    method: "GET",
    path: callbackPath,
    organizationId: organization.id,
    isDemo: organization.isDemo,
  };
  const [page, onboarding] = await runWithRequestContext(logContext, () =>
    Promise.all([
      body({ organization, user, locale, now, read: (fn) => withTenant(organization.id, fn) }),
      organization.isDemo ? getOnboarding(organization.id) : null,
    ]),
  );
  return (
    <DemoShell
      locale={locale}
      organization={organization}
      section={section}
      // A converted organization is a customer's: no "DEMO" badge, no countdown (docs/rules.md#demo-lifecycle).
      banner={
        organization.isDemo && organization.status !== "converted" ? (
          <DemoBanner locale={locale} expiresAt={organization.demoExpiresAt} now={now} />
        ) : null
      }
      actions={
        <>
          <span className="text-sm text-slate-600">{user.email}</span>
          <LogoutButton />
        </>
      }
    >
      {organization.isDemo ? <PageViewBeacon section={section} /> : null}
      {onboarding ? <OnboardingChecklist locale={locale} onboarding={onboarding} /> : null}
      {page}
    </DemoShell>
  );
}
