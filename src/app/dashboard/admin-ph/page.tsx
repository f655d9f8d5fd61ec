import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { withTenant } from "@/server/db/tenant";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";
import { DemoExpired } from "../_components/demo-expired";
import { LogoutButton } from "../_components/logout-button";
import { DashboardView } from "./_components/dashboard-view";
import { DemoBanner } from "./_components/demo-banner";

export const metadata: Metadata = { title: "Assembly — Panel PH" };

// /dashboard/admin-ph?mode=demo — the PH admin overview, rendered from the session's organization only.
export default async function AdminPhDashboard() {
  const access = await resolveDemoOrg();
  if (access.kind === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent("/dashboard/admin-ph?mode=demo")}`);
  if (access.kind === "no_organization") redirect("/login?error=no_organization");
  const locale = await getRequestLocale(access.organization.locale);
  if (access.kind === "expired") return <DemoExpired locale={locale} />;

  const { organization } = access;
  const now = new Date();
  const overview = await withTenant(organization.id, (tenant) => getDashboardOverview(tenant, now));
  return (
    <DashboardView
      locale={locale}
      organization={organization}
      overview={overview}
      banner={organization.isDemo ? <DemoBanner locale={locale} expiresAt={organization.demoExpiresAt} now={now} /> : null}
      actions={
        <>
          <span className="text-sm text-slate-600">{access.user.email}</span>
          <LogoutButton />
        </>
      }
    />
  );
}
