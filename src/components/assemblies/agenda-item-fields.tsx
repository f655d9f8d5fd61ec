"use client";

import { useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { FormCheckbox, FormInput, FormTextArea } from "@/components/forms/bound-fields";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { buttonStyles } from "@/components/ui/button-styles";
import type { AssemblyFormApi } from "./assembly-form-values";

type Props = {
  api: AssemblyFormApi;
  /** 0-based place in the agenda. */
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

const iconButton = `${buttonStyles("secondary", "sm")} size-9 !p-0`;

/** The fields of one agenda item ("Punto 2"), with its up / down / remove buttons. */
export function AgendaItemFields({ api, index, count, onMove, onRemove }: Props) {
  const t = useTranslations("assemblies");
  const position = index + 1;
  const requiresVote = useWatch({ control: api.form.control, name: `agenda.${index}.requiresVote` });
  const moves = [
    { part: "up", delta: -1, label: t("moveUp", { position }), icon: "↑", disabled: position === 1 },
    { part: "down", delta: 1, label: t("moveDown", { position }), icon: "↓", disabled: position === count },
  ] as const;
  return (
    <fieldset className="relative rounded-lg border border-slate-200 bg-slate-50/60 p-4" data-testid="agenda-item-fields">
      <legend className="float-left pr-32 text-sm leading-9 font-semibold text-slate-900">{t("agendaItem", { position })}</legend>
      <div className="absolute top-4 right-4 flex gap-2">
        {moves.map((move) => (
          <button
            key={move.part}
            type="button"
            id={api.idOf(`agenda.${index}.${move.part}`)}
            onClick={() => onMove(move.delta)}
            disabled={move.disabled}
            aria-label={move.label}
            className={iconButton}
          >
            <span aria-hidden="true">{move.icon}</span>
          </button>
        ))}
        <button
          type="button"
          onClick={onRemove}
          disabled={count === 1}
          aria-label={t("removeItem", { position })}
          className={`${iconButton} text-red-700 hover:border-red-300 hover:bg-red-50`}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="clear-both grid gap-4 pt-3">
        <FormInput api={api} name={`agenda.${index}.title`} label={t("itemTitle")} maxLength={160} required autoComplete="off" />
        <FormTextArea api={api} name={`agenda.${index}.description`} label={t("itemDescription")} maxLength={500} rows={2} />
        <FormCheckbox api={api} name={`agenda.${index}.requiresVote`} label={t("itemRequiresVote")} />
        {requiresVote ? (
          <ChoiceCards
            api={api}
            name={`agenda.${index}.majority`}
            legend={t("itemMajority")}
            choices={[
              { value: "simple", label: t("majoritySimple"), hint: t("majoritySimpleHint") },
              { value: "qualified", label: t("majorityQualified"), hint: t("majorityQualifiedHint") },
            ]}
          />
        ) : null}
      </div>
    </fieldset>
  );
}
