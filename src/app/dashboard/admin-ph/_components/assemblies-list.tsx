import { formatDate, formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";

/** Assemblies, newest first, with quorum and the minutes of closed ones. */
export function AssembliesList({ locale, assemblies }: { locale: Locale; assemblies: DashboardOverview["assemblies"] }) {
  const t = getTranslator(locale, "dashboard");
  return (
    <section aria-labelledby="assemblies-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 id="assemblies-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900">
        {t("assemblies")} ({assemblies.length})
      </h2>
      <ul className="divide-y divide-slate-100">
        {assemblies.map((a) => (
          <li key={a.id} className="px-4 py-3" data-testid="assembly-item">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium text-slate-900">{a.title}</h3>
              <span className={a.status === "scheduled" ? "rounded bg-sky-100 px-2 py-0.5 text-xs text-sky-900" : "rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700"}>
                {a.status === "scheduled" ? t("scheduled") : t("closed")}
              </span>
            </div>
            <p className="text-sm text-slate-600">
              {formatDate(locale, a.scheduledAt)} · {a.location}
              {a.quorumPercent ? ` · ${t("quorum")}: ${formatPercent(locale, a.quorumPercent)}` : ""}
            </p>
            {a.minutes ? (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer font-medium text-[var(--brand)]">{t("minutes")}</summary>
                <p className="mt-2 whitespace-pre-line text-slate-700">{a.minutes}</p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
