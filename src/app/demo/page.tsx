import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { withTenant } from "@/server/db/tenant";
import { getPublicDemoOrganization } from "@/server/demo/get-public-demo";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { OverviewContent } from "../dashboard/admin-ph/_components/overview-content";
import { PublicDemoFrame } from "./_components/public-demo-frame";

export const metadata: Metadata = { title: "Assembly — Demo público" };

// /demo — the read-only public demo (the shared QA content) for visitors without an account: this
// overview, the units (/demo/units) and the assemblies with their minutes (/demo/assemblies).
// It only renders: every write API needs a session of the visitor's own demo.
export default async function PublicDemoPage() {
  const organization = await getPublicDemoOrganization();
  if (!organization) notFound();
  const locale = await getRequestLocale();
  const overview = await withTenant(organization.id, (tenant) => getDashboardOverview(tenant));
  return (
    <PublicDemoFrame locale={locale} organization={organization} section="overview">
      <OverviewContent locale={locale} overview={overview} credits={organization.assemblyCredits} />
    </PublicDemoFrame>
  );
}
