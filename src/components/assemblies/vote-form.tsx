"use client";

import { useTranslations } from "use-intl";
import { type z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { InlineAlert, InlineStatus } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { type VoteChoice } from "@/lib/governance";
import { type VoteCastInput, voteCastSchema, voteChoices } from "@/lib/schemas/assemblies";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import type { AgendaItemView } from "@/server/assemblies/to-assembly-detail";
import { labelStyles } from "@/components/forms/styles";
import { UnitSelect, unitName, useUnitForm } from "./unit-select";

type Values = { agendaItemId: string; unitId: string; choice: VoteChoice };

const choiceTone: Record<VoteChoice, string> = {
  yes: "has-checked:border-emerald-600 has-checked:bg-emerald-50",
  no: "has-checked:border-red-600 has-checked:bg-red-50",
  abstain: "has-checked:border-slate-500 has-checked:bg-slate-100",
};

/**
 * Records one unit's vote on an agenda item (`POST /api/assemblies/[id]/votes`) and hands the fresh
 * tally from the answer to `onTally` at once; `router.refresh()` then brings quorum and attendance up to date.
 */
export function VoteForm({
  assemblyId,
  item,
  units,
  onTally,
}: {
  assemblyId: string;
  item: Pick<AgendaItemView, "id" | "title">;
  units: UnitOption[];
  onTally: (tally: NonNullable<AgendaItemView["tally"]>) => void;
}) {
  const t = useTranslations("assemblies");
  const { api, locale, notice, clearNotice, confirm } = useUnitForm(voteCastSchema as unknown as z.ZodType<VoteCastInput, Values>, {
    agendaItemId: item.id,
    unitId: "",
    choice: "yes",
  });

  const { form, fieldError, formError, idOf } = api;
  const submit = api.onSubmit(
    (body) => sendJson("POST", `/api/assemblies/${assemblyId}/votes`, { ...body, locale }),
    (response, body) => {
      const { created, item: fresh } = response.body as { created: boolean; item: AgendaItemView };
      if (fresh.tally) onTally(fresh.tally);
      const text = { unit: unitName(units, body.unitId, locale), choice: t(body.choice) };
      confirm(created ? t("voteRecorded", text) : t("voteChanged", text));
    },
  );
  const error = fieldError("unitId") ?? fieldError("choice") ?? formError;

  return (
    <form {...api.formProps(submit, { onStart: clearNotice })} className="mt-3 border-t border-slate-100 pt-3" data-testid="vote-form">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
        <div className="min-w-0">
          <UnitSelect api={api} label={t("voteUnit")} placeholder={t("chooseUnit")} units={units} error={error} hintId={idOf("hint")} />
        </div>
        <fieldset>
          <legend className={labelStyles}>{t("voteChoice")}</legend>
          <div className="mt-1.5 flex flex-wrap gap-2">
            {voteChoices.map((value) => (
              <label
                key={value}
                className={`has-focus-visible:outline-brand flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 ${choiceTone[value]}`}
              >
                <input type="radio" value={value} {...form.register("choice")} className="size-4 accent-slate-800" />
                {t(value)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <p id={idOf("hint")} className="text-xs text-slate-600">
          {t("voteHint")}
        </p>
        <SubmitButton pending={api.pending} pendingLabel={t("recordingVote")} size="sm">
          {t("recordVote")}
        </SubmitButton>
      </div>
      <InlineAlert id={idOf("error")} className="mt-1">
        {error}
      </InlineAlert>
      <InlineStatus className="mt-1">{notice}</InlineStatus>
    </form>
  );
}
