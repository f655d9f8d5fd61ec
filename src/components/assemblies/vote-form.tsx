"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { errorMessage, postJson } from "@/components/api/post-json";
import { buttonStyles } from "@/components/ui/button-styles";
import { type VoteChoice } from "@/lib/governance";
import { voteCastSchema, voteChoices } from "@/lib/schemas/assemblies";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import type { AgendaItemView } from "@/server/assemblies/to-assembly-detail";
import { errorStyles, hintStyles, inputStyles, labelStyles } from "./field-styles";
import { unitLabel } from "./unit-label";
import { useAssemblyMessage, usePageLocale } from "./use-assembly-message";

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
  const tCommon = useTranslations("common");
  const locale = usePageLocale();
  const translateKey = useAssemblyMessage();
  const router = useRouter();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [unitId, setUnitId] = useState("");
  const [choice, setChoice] = useState<VoteChoice>("yes");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setNotice(undefined);
    const parsed = voteCastSchema.safeParse({ agendaItemId: item.id, unitId, choice });
    if (!parsed.success) {
      setError(translateKey(parsed.error.issues[0]?.message ?? ""));
      select.current?.focus();
      return;
    }
    setError(undefined);
    setPending(true);
    const response = await postJson(`/api/assemblies/${assemblyId}/votes`, { ...parsed.data, locale });
    setPending(false);
    if (response && (response.status === 200 || response.status === 201)) {
      const body = response.body as { created: boolean; item: AgendaItemView };
      if (body.item.tally) onTally(body.item.tally);
      const unit = units.find((u) => u.id === unitId);
      const text = { unit: unit ? unitLabel(locale, unit) : "", choice: t(choice) };
      setNotice(body.created ? t("voteRecorded", text) : t("voteChanged", text));
      setUnitId("");
      select.current?.focus();
      router.refresh();
      return;
    }
    setError(response ? (errorMessage(response.body) ?? tCommon("genericError")) : t("networkError"));
  };

  const selectId = `${id}-unit`;
  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="mt-3 border-t border-slate-100 pt-3"
      aria-busy={pending}
      data-testid="vote-form"
    >
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
        <div className="min-w-0">
          <label htmlFor={selectId} className={labelStyles}>
            {t("voteUnit")}
          </label>
          <select
            ref={select}
            id={selectId}
            value={unitId}
            onChange={(event) => setUnitId(event.target.value)}
            className={inputStyles}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
          >
            <option value="">{t("chooseUnit")}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unitLabel(locale, unit)}
                {unit.ownerName ? ` — ${unit.ownerName}` : ""}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={labelStyles}>{t("voteChoice")}</legend>
          <div className="mt-1.5 flex flex-wrap gap-2">
            {voteChoices.map((value) => (
              <label
                key={value}
                className={`has-focus-visible:outline-brand flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 ${choiceTone[value]}`}
              >
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={value}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                  className="size-4 accent-slate-800"
                />
                {t(value)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <p id={`${id}-hint`} className={`${hintStyles} mt-0`}>
          {t("voteHint")}
        </p>
        <button type="submit" disabled={pending} className={buttonStyles("primary", "sm")}>
          {pending ? t("recordingVote") : t("recordVote")}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className={errorStyles}>
          {error}
        </p>
      ) : null}
      <p role="status" className="mt-1 text-sm font-medium text-emerald-800 empty:hidden">
        {notice}
      </p>
    </form>
  );
}
