"use client";

import { Card } from "@/components/ui/card";
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { AgendaItemView, TallyView } from "@/server/assemblies/to-assembly-detail";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { Badge } from "./badges";
import { TallyResult } from "./tally-result";
import { VoteForm } from "./vote-form";

type Props = {
  assemblyId: string;
  status: "scheduled" | "in_progress" | "closed";
  /** More than half of the coefficients present (at closing, once closed): without it nothing is decided. */
  quorumMet: boolean;
  agenda: AgendaItemView[];
  /** The building's units, for the vote form (empty once the assembly is closed). */
  units: UnitOption[];
};

/** The agenda in order: each item with its description, majority rule and weighted result; while an item's voting is open, its vote form. */
export function AssemblyAgenda({ assemblyId, status, quorumMet, agenda, units }: Props) {
  const t = useTranslations("assemblies");
  return (
    <Card id="agenda-heading" title={t("agendaSection")}>
      <ol className="mt-3 flex flex-col gap-3">
        {agenda.map((item) => (
          <li key={item.id}>
            <AgendaItemCard
              assemblyId={assemblyId}
              closed={status === "closed"}
              canVote={status === "in_progress" && item.votingStatus === "open"}
              quorumMet={quorumMet}
              item={item}
              units={units}
            />
          </li>
        ))}
      </ol>
    </Card>
  );
}

function AgendaItemCard({
  assemblyId,
  closed,
  canVote,
  quorumMet,
  item,
  units,
}: {
  assemblyId: string;
  closed: boolean;
  /** The assembly is in progress and this item's voting is open. */
  canVote: boolean;
  quorumMet: boolean;
  item: AgendaItemView;
  units: UnitOption[];
}) {
  const t = useTranslations("assemblies");
  // The tally from a vote's answer shows at once; once the page refreshes, the server's (newer) one wins.
  const [fresh, setFresh] = useState<{ base: TallyView | null; tally: TallyView } | null>(null);
  const tally = fresh && fresh.base === item.tally ? fresh.tally : item.tally;
  const headingId = `agenda-item-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-3 sm:p-4" data-testid="agenda-item">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="min-w-0 flex-1 font-medium text-slate-900">
          <span className="mr-1 text-slate-500">{item.position}.</span> {item.title}
        </h3>
        {item.requiresVote ? (
          <Badge tone={item.majority === "qualified" ? "violet" : "sky"}>
            {item.majority === "qualified" ? t("badgeQualified") : t("badgeSimple")}
          </Badge>
        ) : null}
      </div>
      {item.description ? <p className="mt-1 text-sm text-slate-600">{item.description}</p> : null}
      {tally ? (
        <TallyResult tally={tally} closed={closed} quorumMet={quorumMet} />
      ) : (
        <p className="mt-2 text-sm text-slate-600 italic">{t("noVote")}</p>
      )}
      {canVote && item.requiresVote ? (
        <VoteForm assemblyId={assemblyId} item={item} units={units} onTally={(next) => setFresh({ base: item.tally, tally: next })} />
      ) : null}
    </article>
  );
}
