import Link from "next/link";
import { AssemblyStatusBadge } from "@/components/assemblies/badges";
import { formatShortDate } from "@/lib/format";
import { formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";

const RECENT = 5;

/**
 * The latest assemblies (newest first), compact: title, date, status and quorum. With `assemblyHref`
 * each opens its detail and the heading links to the full list.
 */
export function AssembliesList({
  locale,
  assemblies,
  assemblyHref,
  className,
}: {
  locale: Locale;
  assemblies: DashboardOverview["assemblies"];
  assemblyHref?: (id: string) => string;
  className?: string;
}) {
  const t = getTranslator(locale, "overview");
  const recent = assemblies.slice(0, RECENT);
  return (
    <section
      aria-labelledby="recent-assemblies-heading"
      className={`flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white shadow-sm ${className ?? ""}`}
    >
      <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 sm:px-5">
        <h2 id="recent-assemblies-heading" className="text-base font-semibold text-slate-900">
          {t("recentTitle")}
        </h2>
        {assemblyHref ? (
          <Link
            href="/dashboard/admin-ph/assemblies"
            className="text-brand rounded-sm text-sm font-medium underline-offset-2 hover:underline"
          >
            {t("viewAll")}
          </Link>
        ) : null}
      </div>
      {recent.length === 0 ? (
        <p className="px-5 py-8 text-center text-sm text-slate-600">{t("emptyAssemblies")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {recent.map((a) => (
            <li key={a.id} data-testid="assembly-item" className="relative px-4 py-3 hover:bg-slate-50 sm:px-5">
              <div className="flex items-start justify-between gap-3">
                <h3 className="min-w-0 text-sm font-medium text-slate-900">
                  {assemblyHref ? (
                    <Link href={assemblyHref(a.id)} className="rounded-sm after:absolute after:inset-0 hover:underline">
                      {a.title}
                    </Link>
                  ) : (
                    a.title
                  )}
                </h3>
                <AssemblyStatusBadge locale={locale} status={a.status} />
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {formatShortDate(locale, a.scheduledAt)}
                {a.quorumPercent ? ` · ${getTranslator(locale, "assemblies")("colQuorum")} ${formatPercent(locale, a.quorumPercent)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
