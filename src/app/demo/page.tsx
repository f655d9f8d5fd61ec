import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslator } from "@/lib/i18n";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { withTenant } from "@/server/db/tenant";
import { getPublicDemoOrganization } from "@/server/demo/get-public-demo";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { DemoShell } from "../dashboard/admin-ph/_components/demo-shell";
import { OverviewContent } from "../dashboard/admin-ph/_components/overview-content";

export const metadata: Metadata = { title: "Assembly — Demo público" };

// /demo — the read-only public demo (the shared QA content) for visitors without an account.
// It only renders: every write API needs a session of the visitor's own demo.
export default async function PublicDemoPage() {
  const organization = await getPublicDemoOrganization();
  if (!organization) notFound();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, "publicDemo");
  const overview = await withTenant(organization.id, (tenant) => getDashboardOverview(tenant));
  return (
    <DemoShell
      locale={locale}
      organization={organization}
      section="overview"
      nav={false}
      banner={
        <div role="status" className="flex flex-wrap items-center justify-center gap-3 bg-sky-100 px-4 py-2 text-sm text-sky-950">
          <span className="rounded bg-sky-900 px-2 py-0.5 text-xs font-bold tracking-wide text-sky-50">{t("badge")}</span>
          <span>{t("notice")}</span>
        </div>
      }
      actions={
        <Link href="/" className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white">
          {t("createOwn")}
        </Link>
      }
    >
      <OverviewContent locale={locale} overview={overview} credits={organization.assemblyCredits} />
    </DemoShell>
  );
}
