import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime, formatPercent } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { isUuid } from "@/lib/uuid";
import { loadAssemblyState } from "@/server/assemblies/load-assembly-state";
import { withTenant } from "@/server/db/tenant";
import { getPublicDemoOrganization } from "@/server/demo/get-public-demo";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { PublicDemoFrame } from "../../_components/public-demo-frame";

export const metadata: Metadata = { title: "Assembly — Demo público: asamblea" };

// /demo/assemblies/{id} — one assembly of the public demo, read-only: when and where, the quorum, each
// agenda item's weighted result, and its minutes (acta) once held. Only the public demo's assemblies
// exist here: any other id, like a malformed one, is a 404.
export default async function PublicDemoAssemblyPage({ params }: { params: Promise<{ assemblyId: string }> }) {
  const { assemblyId } = await params;
  const organization = await getPublicDemoOrganization();
  if (!organization || !isUuid(assemblyId)) notFound();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, "publicDemoPages");
  const state = await withTenant(organization.id, async (tenant) => {
    const exists = await tenant.db.assembly.findFirst({ where: { organizationId: organization.id, id: assemblyId }, select: { id: true } });
    return exists ? loadAssemblyState(tenant, assemblyId) : null;
  });
  if (!state) notFound();
  const pct = (ppm: number) => formatPercent(locale, ppm / 10_000, 1);
  return (
    <PublicDemoFrame locale={locale} organization={organization} section="assemblies">
      <p>
        <Link href="/demo/assemblies" className="text-brand text-sm underline-offset-4 hover:underline">
          {t("backToAssemblies")}
        </Link>
      </p>
      <section aria-labelledby="public-assembly" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h1 id="public-assembly" className="text-xl font-semibold text-slate-900">
          {state.title}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {formatDateTime(locale, state.scheduledAt)} · {state.location}
        </p>
        <p className="mt-2 text-sm text-slate-800" data-testid="public-assembly-quorum">
          {t("quorumLine", { percent: pct(state.quorum.percentPresent), units: state.attendance.length, total: state.totalUnits })}
        </p>
        <ol className="mt-4 divide-y divide-slate-100 border-t border-slate-100">
          {state.agenda.map((item) => (
            <li key={item.id} className="py-2.5 text-sm">
              <p className="font-medium text-slate-900">
                {item.position}. {item.title}
              </p>
              {item.tally ? (
                <p className="text-slate-600 tabular-nums">
                  {t("tally", { yes: pct(item.tally.yesPercent), no: pct(item.tally.noPercent), abstain: pct(item.tally.abstainPercent) })}
                  {" · "}
                  <strong className={item.tally.passed ? "text-emerald-800" : "text-red-800"}>
                    {item.tally.passed ? t("passed") : t("failed")}
                  </strong>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="public-minutes" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="public-minutes" className="text-lg font-semibold text-slate-900">
          {t("minutesTitle")}
        </h2>
        {state.minutes ? (
          <pre
            className="mt-3 font-sans text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800"
            data-testid="public-minutes"
          >
            {state.minutes}
          </pre>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t("noMinutes")}</p>
        )}
      </section>
    </PublicDemoFrame>
  );
}
