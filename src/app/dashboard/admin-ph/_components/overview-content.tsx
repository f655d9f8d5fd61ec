import { IntentLink } from "@/components/ui/intent-link";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { AssembliesList } from "./assemblies-list";
import { DuesChartCard, QuorumChartCard, VotesChartCard } from "./charts/chart-cards";
import { KpiCards } from "./kpi-cards";

function assemblyHref(id: string) {
  return `/dashboard/admin-ph/assemblies/${id}`;
}

/** Title of the overview and, for an administrator, the way to convene an assembly. */
export function OverviewHeader({
  locale,
  interactive = false,
  personName,
}: {
  locale: Locale;
  interactive?: boolean;
  /** The signed-in person's name, greeted above the title when known. */
  personName?: string | null;
}) {
  const t = getTranslator(locale, "overview");
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        {personName ? (
          <p className="text-base font-medium text-slate-700" data-testid="greeting">
            {t("greeting", { name: personName })}
          </p>
        ) : null}
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      {interactive ? (
        <IntentLink href="/dashboard/admin-ph/assemblies/new" className={buttonStyles("primary")}>
          {t("newAssembly")}
        </IntentLink>
      ) : null}
    </div>
  );
}

/**
 * KPIs, then the charts (quorum per assembly, dues, the last votes) and the recent assemblies.
 * `interactive` links assemblies to their pages (the admin dashboard; not the read-only public demo).
 */
export function OverviewBody({
  locale,
  overview,
  credits,
  interactive = false,
}: {
  locale: Locale;
  overview: DashboardOverview;
  credits: number;
  interactive?: boolean;
}) {
  const href = interactive ? assemblyHref : undefined;
  return (
    <div className="flex flex-col gap-6">
      <KpiCards locale={locale} overview={overview} credits={credits} assemblyHref={href} />
      <div className="grid gap-6 lg:grid-cols-3">
        <QuorumChartCard locale={locale} points={overview.charts.quorum} className="lg:col-span-2" />
        <DuesChartCard locale={locale} dues={overview.charts.dues} />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <VotesChartCard locale={locale} votes={overview.charts.votes} className="lg:col-span-2" />
        <AssembliesList locale={locale} assemblies={overview.assemblies} assemblyHref={href} />
      </div>
    </div>
  );
}

/** The whole overview in one piece (the public demo renders it as is). */
export function OverviewContent(props: { locale: Locale; overview: DashboardOverview; credits: number; interactive?: boolean }) {
  return (
    <>
      <OverviewHeader locale={props.locale} interactive={props.interactive} />
      <OverviewBody {...props} />
    </>
  );
}

const block = "animate-pulse rounded-xl border border-slate-200 bg-white shadow-sm";

/** Placeholder of `OverviewBody` with the same boxes and heights, shown while its data loads. */
export function OverviewSkeleton({ locale }: { locale: Locale }) {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <p className="sr-only" role="status">
        {getTranslator(locale, "overview")("loading")}
      </p>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className={`${block} h-[7.5rem] p-4`}>
            <div className="h-3 w-20 rounded bg-slate-200" />
            <div className="mt-3 h-7 w-16 rounded bg-slate-200" />
            <div className="mt-3 h-3 w-24 rounded bg-slate-100" />
          </div>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className={`${block} h-[27rem] lg:col-span-2`} />
        <div className={`${block} h-[27rem]`} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className={`${block} h-[30rem] lg:col-span-2`} />
        <div className={`${block} h-80`} />
      </div>
    </div>
  );
}
