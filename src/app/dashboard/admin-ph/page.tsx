import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { BuildingActivityCard } from "@/components/content-clock/building-activity-card";
import { TimeTravelButton } from "@/components/content-clock/time-travel-button";
import type { Locale } from "@/lib/i18n";
import { contentNow } from "@/server/content-clock/content-clock";
import { getDashboardOverviewWithActivity } from "@/server/dashboard/get-dashboard-overview";
import { OverviewBody, OverviewHeader } from "./_components/overview-content";
import { type DemoPageContext, renderDemoPage } from "./_components/render-demo-page";

export const metadata: Metadata = { title: "Assembly — Panel PH" };

// /dashboard/admin-ph?mode=demo — the PH admin overview, rendered from the session's organization only.
// The access checks (login redirect, "Demo vencido") run before anything is sent, so they keep their
// HTTP status. The data (one statement) is read before the page is sent, not streamed in behind a
// skeleton: a phone then lays out and hydrates the page once, in the first frame, as on /demo
// (docs/performance.md). (A loading.tsx here would wrap every admin-ph page and turn their redirects
// and 404s into 200s.)
// The content reads "now" on the demo's content clock (time travel), the banner's expiry the real time.
export default async function AdminPhOverviewPage() {
  return renderDemoPage("overview", "/dashboard/admin-ph?mode=demo", async ({ read, now, locale, organization, user }) => (
    <>
      <OverviewHeader locale={locale} interactive personName={user.name} />
      <OverviewData
        read={read}
        now={contentNow(now, organization.contentClockOffsetDays)}
        offsetDays={organization.contentClockOffsetDays}
        isDemo={organization.isDemo}
        locale={locale}
        credits={organization.assemblyCredits}
      />
    </>
  ));
}

async function OverviewData({
  read,
  now,
  offsetDays,
  isDemo,
  locale,
  credits,
}: Pick<DemoPageContext, "read" | "now"> & { offsetDays: number; isDemo: boolean; locale: Locale; credits: number }) {
  // One statement: the overview and the building's activity feed together.
  const { overview, activity } = await read((tenant) => getDashboardOverviewWithActivity(tenant, now));
  return (
    <div className="flex flex-col gap-6">
      <OverviewBody locale={locale} overview={overview} credits={credits} interactive />
      <BuildingActivityCard
        locale={locale}
        items={activity}
        contentDate={now.toISOString()}
        offsetDays={offsetDays}
        action={
          isDemo ? (
            <ClientMessages locale={locale} namespaces={["contentClock", "errors"]}>
              <TimeTravelButton />
            </ClientMessages>
          ) : undefined
        }
      />
    </div>
  );
}
