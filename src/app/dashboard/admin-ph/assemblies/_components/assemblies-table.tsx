import Link from "next/link";
import { AssemblyStatusBadge, AssemblyTypeBadge, QuorumBadge } from "@/components/assemblies/badges";
import { formatShortDate, formatTime } from "@/lib/format";
import { buttonStyles } from "@/components/ui/button-styles";
import { DataTable } from "@/components/ui/data-table";
import { percentToPpm, TOTAL_PPM } from "@/lib/governance";
import { formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { AssemblySummary } from "@/server/assemblies/list-assemblies";

function href(id: string) {
  return `/dashboard/admin-ph/assemblies/${id}`;
}
function met(percent: string) {
  return percentToPpm(percent) * 2 > TOTAL_PPM;
}

function Quorum({ locale, assembly, stacked = false }: { locale: Locale; assembly: AssemblySummary; stacked?: boolean }) {
  const t = getTranslator(locale, "assemblies");
  if (assembly.quorumPercent === null) return <span className="text-slate-600">{t("quorumPending")}</span>;
  return (
    <span className={stacked ? "flex flex-col items-start gap-1" : "inline-flex flex-wrap items-center gap-2"}>
      <span className="font-medium text-slate-900 tabular-nums">{formatPercent(locale, assembly.quorumPercent)}</span>
      <QuorumBadge locale={locale} met={met(assembly.quorumPercent)} />
    </span>
  );
}

/**
 * The organization's assemblies, newest first: a table from 768 px, cards below (one of the two is
 * `display: none`, so assistive technology meets each assembly once).
 */
export function AssembliesTable({ locale, assemblies }: { locale: Locale; assemblies: AssemblySummary[] }) {
  const t = getTranslator(locale, "assemblies");
  if (assemblies.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
        <h2 className="text-lg font-semibold text-slate-900">{t("emptyTitle")}</h2>
        <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{t("emptyBody")}</p>
        <Link href="/dashboard/admin-ph/assemblies/new" className={`${buttonStyles("primary")} mt-5`}>
          {t("newAssembly")}
        </Link>
      </div>
    );
  }
  return (
    <>
      <DataTable
        caption={t("listTitle")}
        look="list"
        testId="assemblies-table"
        frameClassName="hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:block"
        rows={assemblies}
        rowKey={(a) => a.id}
        rowTestId="assembly-row"
        rowClassName="relative align-top hover:bg-slate-50"
        columns={[
          {
            key: "title",
            header: t("colTitle"),
            className: "max-w-md",
            cell: (a) => (
              <>
                <Link
                  href={href(a.id)}
                  className="hover:text-brand rounded-sm font-medium text-slate-900 after:absolute after:inset-0 hover:underline"
                >
                  {a.title}
                </Link>
                <p className="mt-0.5 text-xs text-slate-600">
                  {a.location} · {t("agendaCount", { count: a.agendaCount })}
                </p>
              </>
            ),
          },
          { key: "type", header: t("colType"), cell: (a) => <AssemblyTypeBadge locale={locale} type={a.type} /> },
          {
            key: "date",
            header: t("colDate"),
            className: "whitespace-nowrap text-slate-800",
            cell: (a) => (
              <>
                {formatShortDate(locale, a.scheduledAt)}
                <span className="block text-xs text-slate-600">{formatTime(locale, a.scheduledAt)}</span>
              </>
            ),
          },
          { key: "status", header: t("colStatus"), cell: (a) => <AssemblyStatusBadge locale={locale} status={a.status} /> },
          { key: "quorum", header: t("colQuorum"), cell: (a) => <Quorum locale={locale} assembly={a} stacked /> },
        ]}
      />
      <ul className="flex flex-col gap-3 md:hidden">
        {assemblies.map((a) => (
          <li key={a.id} className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="assembly-card">
            <div className="flex flex-wrap gap-2">
              <AssemblyStatusBadge locale={locale} status={a.status} />
              <AssemblyTypeBadge locale={locale} type={a.type} />
            </div>
            <h2 className="mt-2 font-medium text-slate-900">
              <Link href={href(a.id)} className="rounded-sm after:absolute after:inset-0 hover:underline">
                {a.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {formatShortDate(locale, a.scheduledAt)} · {formatTime(locale, a.scheduledAt)}
            </p>
            <p className="text-sm text-slate-600">
              {a.location} · {t("agendaCount", { count: a.agendaCount })}
            </p>
            <div className="mt-2 text-sm">
              <span className="mr-1 text-slate-600">{t("colQuorum")}:</span>
              <Quorum locale={locale} assembly={a} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
