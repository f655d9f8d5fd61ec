import type { Metadata } from "next";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { OverviewBody, OverviewHeader, OverviewSkeleton } from "./_components/overview-content";
import { type DemoPageContext, renderDemoPage } from "./_components/render-demo-page";

export const metadata: Metadata = { title: "Assembly — Panel PH" };

// /dashboard/admin-ph?mode=demo — the PH admin overview, rendered from the session's organization only.
// The access checks (login redirect, "Demo vencido") run before anything streams, so they keep their
// HTTP status; only the data below the title streams in behind a skeleton of the same size. (A
// loading.tsx here would wrap every admin-ph page and turn their redirects and 404s into 200s.)
export default async function AdminPhOverviewPage() {
  return renderDemoPage("overview", "/dashboard/admin-ph?mode=demo", async ({ read, now, locale, organization, user }) => (
    <>
      <OverviewHeader locale={locale} interactive personName={user.name} />
      <Suspense fallback={<OverviewSkeleton locale={locale} />}>
        <OverviewData read={read} now={now} locale={locale} credits={organization.assemblyCredits} />
      </Suspense>
    </>
  ));
}

async function OverviewData({ read, now, locale, credits }: Pick<DemoPageContext, "read" | "now"> & { locale: Locale; credits: number }) {
  const overview = await read((tenant) => getDashboardOverview(tenant, now));
  return <OverviewBody locale={locale} overview={overview} credits={credits} interactive />;
}
