import { ClientMessages, FORM_NAMESPACES } from "@/components/client-messages";
import { StatList } from "@/components/ui/stat-list";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResidentsPanel } from "@/components/residents/residents-panel";
import { formatNumber, formatPercent } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { AppError } from "@/server/http/app-error";
import { parseRouteId } from "@/server/http/parse-route-id";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { getUnit } from "@/server/units/get-unit";
import { renderDemoPage } from "../../_components/render-demo-page";
import { DuesBadge } from "../_components/dues-badge";
import { formatCop } from "@/lib/format";
import { UNITS_PATH } from "../_components/units-query";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `Assembly — ${getTranslator(await getRequestLocale(), "units")("title")}`,
  };
}

/** Runs `load`, turning the 404 AppError (`unit_not_found`) of a malformed, unknown or foreign id into the 404 page. */
async function loadUnit<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

// /dashboard/admin-ph/units/[unitId] — one unit of the session's organization and its residents; a
// malformed, unknown or other organization's id answers 404 (never revealing that it exists elsewhere).
export default async function UnitDetailPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId: rawId } = await params;
  return renderDemoPage("units", `${UNITS_PATH}/${encodeURIComponent(rawId)}`, async ({ read, locale }) => {
    const unit = await loadUnit(() => {
      const unitId = parseRouteId(rawId, "unit_not_found");
      return read((tenant) => getUnit(tenant, { unitId }));
    });
    const t = getTranslator(locale, "units");
    const attendancePercent = unit.closedAssemblyCount > 0 ? Math.round((unit.attendanceCount / unit.closedAssemblyCount) * 100) : 0;
    const facts = [
      { label: t("coefficient"), value: <span className="tabular-nums">{formatPercent(locale, unit.coefficient, 4)}</span> },
      { label: t("area"), value: <span className="tabular-nums">{t("areaValue", { area: formatNumber(locale, unit.areaM2, 2) })}</span> },
      { label: t("floor"), value: <span className="tabular-nums">{unit.floor}</span> },
      { label: t("duesStatus"), value: <DuesBadge locale={locale} status={unit.duesStatus} /> },
      {
        label: t("monthlyFee"),
        value: (
          <>
            <span className="tabular-nums">{formatCop(locale, unit.monthlyFee)}</span>
            <span className="block text-xs font-normal text-slate-600">{t("perMonth")}</span>
          </>
        ),
      },
      {
        label: t("attendance"),
        value:
          unit.closedAssemblyCount > 0 ? (
            <>
              <span className="tabular-nums">
                {t("attendanceValue", { attended: unit.attendanceCount, total: unit.closedAssemblyCount })}
              </span>
              <span aria-hidden="true" className="mt-2 block h-1.5 overflow-hidden rounded-full bg-slate-100">
                <span className="bg-brand block h-full rounded-full" style={{ width: `${attendancePercent}%` }} />
              </span>
            </>
          ) : (
            <span className="text-sm font-normal text-slate-600">{t("attendanceNone")}</span>
          ),
      },
    ];

    return (
      <ClientMessages locale={locale} namespaces={FORM_NAMESPACES}>
        <div className="space-y-3">
          <Link
            href={UNITS_PATH}
            className="text-brand inline-flex items-center gap-1 rounded-sm text-sm font-medium underline-offset-4 hover:underline"
          >
            <span aria-hidden="true">←</span> {t("backToUnits")}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold text-slate-900">{t("unitTitle", { number: unit.number })}</h1>
            <span className="rounded-full bg-white px-2.5 py-0.5 text-sm font-medium text-slate-700 ring-1 ring-slate-200">
              {unit.tower}
            </span>
          </div>
        </div>

        <section aria-label={t("detailsLabel")}>
          <StatList items={facts} look="fact" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" />
        </section>

        <ResidentsPanel unitId={unit.id} unitNumber={unit.number} residents={unit.residents} />
      </ClientMessages>
    );
  });
}
