"use client";

import { useTranslations } from "use-intl";
import type { LiveSummary } from "@/server/assemblies/get-live-summary";
import { LiveQuorum } from "./live-quorum";
import { LiveTally } from "./live-tally";
import { useLiveSummary } from "./use-live-summary";

/**
 * The room's projection: read-only, big type — the assembly's title, the live quorum and the tally of
 * every item whose voting is open, kept current by the live stream.
 */
export function ProjectionView({ assemblyId, title, initial }: { assemblyId: string; title: string; initial: LiveSummary }) {
  const t = useTranslations("live");
  const { summary } = useLiveSummary(assemblyId, initial);
  const open = summary.items.filter((item) => item.requiresVote && item.votingStatus === "open");
  return (
    <div data-testid="projection" className="flex min-h-[70vh] flex-col gap-10 rounded-2xl bg-slate-950 p-6 text-white sm:p-10">
      <h1 className="text-4xl font-bold sm:text-5xl">{title}</h1>
      {summary.status === "scheduled" ? <p className="text-3xl">{t("projectionWaiting")}</p> : null}
      {summary.status === "closed" ? <p className="text-3xl">{t("projectionClosed")}</p> : null}
      <div className="[&_*]:text-white">
        <LiveQuorum summary={summary} large />
      </div>
      {summary.status === "in_progress" && open.length === 0 ? <p className="text-3xl">{t("projectionNoVote")}</p> : null}
      {open.map((item) => (
        <section key={item.id} aria-label={item.title} className="flex flex-col gap-4">
          <h2 className="text-4xl font-semibold">
            {item.position}. {item.title}
          </h2>
          <LiveTally item={item} large />
        </section>
      ))}
    </div>
  );
}
