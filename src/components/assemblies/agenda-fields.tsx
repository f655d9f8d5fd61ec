"use client";

import { useEffect, useRef, useState } from "react";
import { useFieldArray } from "react-hook-form";
import { useTranslations } from "use-intl";
import { FieldError } from "@/components/forms/text-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { MAX_AGENDA_ITEMS } from "@/lib/schemas/assemblies";
import { AgendaItemFields } from "./agenda-item-fields";
import { type AssemblyFormApi, emptyAgendaItem } from "./assembly-form-values";

/**
 * The agenda of a new assembly: its items (add up to MAX_AGENDA_ITEMS, remove, move up and down), each
 * change announced to screen readers, the keyboard kept on the control that makes sense after it.
 * `agendaError` is the error of the list as a whole (none, or too many items).
 */
export function AgendaFields({ api, agendaError }: { api: AssemblyFormApi; agendaError?: string }) {
  const t = useTranslations("assemblies");
  const { fields, append, remove, move } = useFieldArray({ control: api.form.control, name: "agenda" });
  const [announcement, setAnnouncement] = useState("");
  // Moving or removing an item re-renders the list; focus then goes to the control that makes sense.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const moveItem = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= fields.length) return;
    move(index, target);
    api.form.clearErrors();
    const atEdge = target === 0 || target === fields.length - 1;
    const direction = atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down";
    focusAfterRender.current = api.idOf(`agenda.${target}.${direction}`);
    setAnnouncement(t("itemMoved", { position: target + 1 }));
  };

  const removeItem = (index: number) => {
    if (fields.length <= 1) return;
    remove(index);
    api.form.clearErrors();
    focusAfterRender.current = api.idOf(`agenda.${Math.min(index, fields.length - 2)}.title`);
    setAnnouncement(t("itemRemoved", { count: fields.length - 1 }));
  };

  const addItem = () => {
    if (fields.length >= MAX_AGENDA_ITEMS) return;
    append(emptyAgendaItem(), { shouldFocus: false });
    focusAfterRender.current = api.idOf(`agenda.${fields.length}.title`);
    setAnnouncement(t("itemAdded", { position: fields.length + 1 }));
  };

  const addId = api.idOf("add");
  return (
    <section aria-labelledby={api.idOf("agenda-heading")} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={api.idOf("agenda-heading")} className="text-lg font-semibold text-slate-900">
        {t("agendaTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("agendaHint")}</p>
      <ol className="mt-4 flex flex-col gap-4">
        {fields.map((field, index) => (
          <li key={field.id}>
            <AgendaItemFields
              api={api}
              index={index}
              count={fields.length}
              onMove={(delta) => moveItem(index, delta)}
              onRemove={() => removeItem(index)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={addId}
        onClick={addItem}
        disabled={fields.length >= MAX_AGENDA_ITEMS}
        className={`${buttonStyles("secondary")} mt-4 w-full sm:w-auto`}
        aria-describedby={agendaError ? `${addId}-error` : undefined}
      >
        <span aria-hidden="true">+</span> {t("addItem")}
      </button>
      <FieldError id={`${addId}-error`} error={agendaError} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
