"use client";

import { useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";
import type { MajorityRule } from "@/lib/governance";
import { choiceStyles, errorStyles, inputStyles, labelStyles } from "./field-styles";

/** One agenda item while it is being written; `key` is stable across moves. */
export type ItemDraft = { key: string; title: string; description: string; requiresVote: boolean; majority: MajorityRule };

type Props = {
  item: ItemDraft;
  /** 1-based place in the agenda. */
  position: number;
  count: number;
  /** Element id of a part of this item ("title", "description", "up", "down", "remove"…). */
  idOf: (part: string) => string;
  errors: { title?: string; description?: string; majority?: string };
  onChange: (patch: Partial<ItemDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

const iconButton = `${buttonStyles("secondary", "sm")} size-9 !p-0`;

/** The fields of one agenda item ("Punto 2"), with its up / down / remove buttons. */
export function AgendaItemFields({ item, position, count, idOf, errors, onChange, onMove, onRemove }: Props) {
  const t = useTranslations("assemblies");
  const described = (part: "title" | "description" | "majority") =>
    errors[part] ? { "aria-invalid": true as const, "aria-describedby": `${idOf(part)}-error` } : {};
  return (
    <fieldset className="relative rounded-lg border border-slate-200 bg-slate-50/60 p-4" data-testid="agenda-item-fields">
      <legend className="float-left pr-32 text-sm leading-9 font-semibold text-slate-900">{t("agendaItem", { position })}</legend>
      <div className="absolute top-4 right-4 flex gap-2">
        <button
          type="button"
          id={idOf("up")}
          onClick={() => onMove(-1)}
          disabled={position === 1}
          aria-label={t("moveUp", { position })}
          className={iconButton}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          id={idOf("down")}
          onClick={() => onMove(1)}
          disabled={position === count}
          aria-label={t("moveDown", { position })}
          className={iconButton}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          id={idOf("remove")}
          onClick={onRemove}
          disabled={count === 1}
          aria-label={t("removeItem", { position })}
          className={`${iconButton} text-red-700 hover:border-red-300 hover:bg-red-50`}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="clear-both grid gap-4 pt-3">
        <div>
          <label htmlFor={idOf("title")} className={labelStyles}>
            {t("itemTitle")}
          </label>
          <input
            id={idOf("title")}
            value={item.title}
            onChange={(event) => onChange({ title: event.target.value })}
            maxLength={160}
            required
            autoComplete="off"
            className={inputStyles}
            {...described("title")}
          />
          {errors.title ? (
            <p id={`${idOf("title")}-error`} className={errorStyles}>
              {errors.title}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor={idOf("description")} className={labelStyles}>
            {t("itemDescription")}
          </label>
          <textarea
            id={idOf("description")}
            value={item.description}
            onChange={(event) => onChange({ description: event.target.value })}
            maxLength={500}
            rows={2}
            className={`${inputStyles} resize-y`}
            {...described("description")}
          />
          {errors.description ? (
            <p id={`${idOf("description")}-error`} className={errorStyles}>
              {errors.description}
            </p>
          ) : null}
        </div>
        <label className="flex w-fit cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            id={idOf("vote")}
            checked={item.requiresVote}
            onChange={(event) => onChange({ requiresVote: event.target.checked })}
            className="size-4 accent-[var(--brand)]"
          />
          {t("itemRequiresVote")}
        </label>
        {item.requiresVote ? (
          <fieldset {...(errors.majority ? { "aria-describedby": `${idOf("majority")}-error` } : {})}>
            <legend className={labelStyles}>{t("itemMajority")}</legend>
            <div className="mt-1.5 grid gap-3 sm:grid-cols-2">
              {(["simple", "qualified"] as const).map((rule) => (
                <label key={rule} className={choiceStyles}>
                  <input
                    type="radio"
                    name={idOf("majority")}
                    value={rule}
                    checked={item.majority === rule}
                    onChange={() => onChange({ majority: rule })}
                    className="mt-0.5 size-4 accent-[var(--brand)]"
                    aria-labelledby={idOf(`majority-${rule}`)}
                    aria-describedby={idOf(`majority-${rule}-hint`)}
                  />
                  <span>
                    <span id={idOf(`majority-${rule}`)} className="block font-medium text-slate-900">
                      {rule === "simple" ? t("majoritySimple") : t("majorityQualified")}
                    </span>
                    <span id={idOf(`majority-${rule}-hint`)} className="block text-xs text-slate-600">
                      {rule === "simple" ? t("majoritySimpleHint") : t("majorityQualifiedHint")}
                    </span>
                  </span>
                </label>
              ))}
            </div>
            {errors.majority ? (
              <p id={`${idOf("majority")}-error`} className={errorStyles}>
                {errors.majority}
              </p>
            ) : null}
          </fieldset>
        ) : null}
      </div>
    </fieldset>
  );
}
