import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslator } from "@/lib/i18n";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { withTenant } from "@/server/db/tenant";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";
import { DemoExpired } from "../_components/demo-expired";
import { LogoutButton } from "../_components/logout-button";
import { AssembliesList } from "./_components/assemblies-list";
import { DemoBanner } from "./_components/demo-banner";
import { KpiCards } from "./_components/kpi-cards";
import { UnitsTable } from "./_components/units-table";

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
  const t = getTranslator(locale, "dashboard");
  return (
    <div style={{ "--brand": organization.themeColor } as React.CSSProperties} className="min-h-screen bg-slate-50">
      {organization.isDemo ? <DemoBanner locale={locale} expiresAt={organization.demoExpiresAt} now={now} /> : null}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-[var(--brand)]">{t("title")}</p>
            <h1 className="text-2xl font-bold text-slate-900">{organization.name}</h1>
          </div>
          <div className="flex items-center gap-3">
            <span className="text-sm text-slate-600">{access.user.email}</span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
        <KpiCards locale={locale} overview={overview} credits={organization.assemblyCredits} />
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <UnitsTable locale={locale} units={overview.units} />
          <AssembliesList locale={locale} assemblies={overview.assemblies} />
        </div>
      </main>
    </div>
  );
}
