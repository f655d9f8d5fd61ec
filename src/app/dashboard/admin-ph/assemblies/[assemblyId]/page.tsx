import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssemblyAgenda } from "@/components/assemblies/assembly-agenda";
import { AttendanceForm } from "@/components/assemblies/attendance-form";
import { AttendanceList } from "@/components/assemblies/attendance-list";
import { AssemblyStatusBadge, AssemblyTypeBadge } from "@/components/assemblies/badges";
import { CloseAssembly } from "@/components/assemblies/close-assembly";
import { formatDateTime } from "@/lib/format";
import { MinutesDocument } from "@/components/assemblies/minutes-document";
import { ASSEMBLY_NAMESPACES } from "@/components/assemblies/namespaces";
import { QuorumPanel } from "@/components/assemblies/quorum-panel";
import { getTranslator } from "@/lib/i18n";
import { SimulateAssemblyButton } from "@/components/simulation/simulate-assembly-button";
import { buttonStyles } from "@/components/ui/button-styles";
import { env } from "@/env";
import { LivePanel } from "@/components/assemblies/live/live-panel";
import { VoterLinksPanel } from "@/components/assemblies/live/voter-links-panel";
import { BulkAttendanceForm } from "@/components/assemblies/live/bulk-attendance-form";
import { SecondCallButton } from "@/components/assemblies/live/second-call-button";
import { getAssembly } from "@/server/assemblies/get-assembly";
import { getLiveSummary } from "@/server/assemblies/get-live-summary";
import { listVoterLinks } from "@/server/assemblies/list-voter-links";
import { materializeDueSimulation, readSimulation } from "@/server/assemblies/simulation";
import { listUnitOptions } from "@/server/dashboard/list-unit-options";
import { AppError } from "@/server/http/app-error";
import { renderDemoPage } from "../../_components/render-demo-page";
import { AssembliesBreadcrumb } from "../_components/breadcrumb";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Assembly — Asamblea" };

// /dashboard/admin-ph/assemblies/[assemblyId] — one assembly: the live screen (start, live quorum and
// tallies, voting per item, voter links with a QR code), agenda with weighted results, attendance (one by
// one or in bulk, with proxies), closing, and the minutes (text, PDF). The layout has already
// answered 404 for unknown or foreign ids; the check here covers an assembly gone in between.
export default async function AssemblyPage({ params }: { params: Promise<{ assemblyId: string }> }) {
  const { assemblyId } = await params;
  return renderDemoPage("assemblies", `/dashboard/admin-ph/assemblies/${encodeURIComponent(assemblyId)}`, async ({ read, locale }) => {
    if (!isUuid(assemblyId)) notFound();
    const t = getTranslator(locale, "assemblies");
    const tLive = getTranslator(locale, "live");
    const id = assemblyId.toLowerCase();
    const [assembly, units, live, voterLinks, simulation] = await read(async (tenant) => {
      // A running simulation writes what it has due before the page reads (docs/simulation.md).
      await materializeDueSimulation(tenant.db, tenant.organizationId, id, new Date());
      const detail = await getAssembly(tenant, { assemblyId: id });
      const open = detail.status !== "closed";
      return Promise.all([
        detail,
        listUnitOptions(tenant),
        open ? getLiveSummary(tenant, id) : null,
        open ? listVoterLinks(tenant, { assemblyId: id, baseUrl: env.NEXTAUTH_URL }) : null,
        readSimulation(tenant, id),
      ]);
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) notFound();
      throw error;
    });
    const scheduled = assembly.status !== "closed";
    const present = new Set(assembly.attendance.map((a) => a.unitId));
    const quorum = scheduled || !assembly.quorumPercent ? assembly.quorum : { ...assembly.quorum, percentPresent: assembly.quorumPercent };

    return (
      <ClientMessages locale={locale} namespaces={ASSEMBLY_NAMESPACES}>
        <AssembliesBreadcrumb locale={locale} current={assembly.title} />
        <header className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap gap-2">
                <AssemblyStatusBadge locale={locale} status={assembly.status} />
                <AssemblyTypeBadge locale={locale} type={assembly.type} />
              </div>
              <h1 className="mt-2 text-2xl font-semibold text-slate-900">{assembly.title}</h1>
              <dl className="mt-3 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[auto_auto] sm:justify-start">
                <div>
                  <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{t("fieldWhen")}</dt>
                  <dd className="text-slate-900">{formatDateTime(locale, assembly.scheduledAt)}</dd>
                </div>
                <div>
                  <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{t("fieldWhere")}</dt>
                  <dd className="text-slate-900">{assembly.location}</dd>
                </div>
              </dl>
            </div>
            {assembly.status !== "closed" ? (
              <ClientMessages locale={locale} namespaces={["simulation", "errors"]}>
                <SimulateAssemblyButton
                  assemblyId={assembly.id}
                  running={simulation?.running ?? false}
                  endsAt={simulation?.running ? simulation.endsAt : null}
                />
              </ClientMessages>
            ) : null}
            <CloseAssembly
              assemblyId={assembly.id}
              status={assembly.status}
              percentPresent={assembly.quorum.percentPresent}
              quorumMet={assembly.quorum.met}
            />
          </div>
          {scheduled ? <p className="mt-4 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950">{t("liveNotice")}</p> : null}
        </header>

        {assembly.status === "closed" && assembly.call === "first" && !assembly.quorum.met ? (
          <SecondCallButton assemblyId={assembly.id} />
        ) : null}
        {live && voterLinks ? (
          <div className="grid items-start gap-6 lg:grid-cols-3">
            <div className="min-w-0 lg:col-span-2">
              <LivePanel key={live.status} assemblyId={assembly.id} initial={live} />
            </div>
            <VoterLinksPanel links={voterLinks.links} />
          </div>
        ) : null}

        <div className="grid items-start gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
          {/* While the assembly is in progress the live panel above shows the quorum; the static one would repeat it. */}
          {assembly.status === "in_progress" ? null : (
            <div className="lg:col-start-3 lg:row-start-1">
              <QuorumPanel locale={locale} quorum={quorum} closed={!scheduled} />
            </div>
          )}
          <div className="min-w-0 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
            <AssemblyAgenda
              assemblyId={assembly.id}
              status={assembly.status}
              quorumMet={assembly.quorum.met}
              agenda={assembly.agenda}
              units={assembly.status === "in_progress" ? units : []}
            />
          </div>
          <Card
            id="attendance-heading"
            className="flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 lg:col-start-3"
            title={t("attendanceSection")}
          >
            {scheduled ? <AttendanceForm assemblyId={assembly.id} units={units.filter((u) => !present.has(u.id))} /> : null}
            {scheduled ? <BulkAttendanceForm assemblyId={assembly.id} units={units.filter((u) => !present.has(u.id))} /> : null}
            <AttendanceList locale={locale} attendance={assembly.attendance} percentPresent={assembly.quorum.percentPresent} />
          </Card>
        </div>

        {assembly.minutes ? (
          <>
            <p className="flex flex-wrap gap-3">
              <a href={`/api/assemblies/${assembly.id}/minutes.pdf`} className={buttonStyles("primary", "sm")} data-testid="minutes-pdf">
                {tLive("downloadPdf")}
              </a>
              <a href={`/api/assemblies/${assembly.id}/minutes.txt`} className={buttonStyles("secondary", "sm")}>
                {tLive("downloadTxt")}
              </a>
            </p>
            <MinutesDocument locale={locale} minutes={assembly.minutes} fileName={`acta-${assembly.scheduledAt.slice(0, 10)}.txt`} />
          </>
        ) : (
          <Card
            id="minutes-heading"
            className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-center"
            title={t("minutesTitle")}
            descriptionClassName="mt-1 text-sm text-slate-600"
            description={t("minutesPending")}
          />
        )}
      </ClientMessages>
    );
  });
}
