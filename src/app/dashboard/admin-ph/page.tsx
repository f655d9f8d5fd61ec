import type { Metadata } from "next";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { OverviewContent } from "./_components/overview-content";
import { renderDemoPage } from "./_components/render-demo-page";

export const metadata: Metadata = { title: "Assembly — Panel PH" };

// /dashboard/admin-ph?mode=demo — the PH admin overview, rendered from the session's organization only.
export default async function AdminPhOverviewPage() {
  return renderDemoPage("overview", "/dashboard/admin-ph?mode=demo", async ({ read, now, locale, organization }) => {
    const overview = await read((tenant) => getDashboardOverview(tenant, now));
    return <OverviewContent locale={locale} overview={overview} credits={organization.assemblyCredits} />;
  });
}
