"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { FormStatus } from "@/components/forms/form-messages";
import { buttonStyles } from "@/components/ui/button-styles";
import { RemoveResidentDialog } from "./remove-resident-dialog";
import { ResidentForm } from "./resident-form";
import type { ResidentView } from "./types";
import { residentRoleKey } from "@/lib/people/colombian-names";

/** The buttons of each resident's row. */
const rowActions = [
  { kind: "edit", className: buttonStyles("secondary", "sm") },
  {
    kind: "remove",
    className:
      "inline-flex items-center justify-center rounded-lg px-3 py-1.5 text-sm font-semibold text-red-700 transition-colors hover:bg-red-50 hover:text-red-800",
  },
] as const;

/** Where keyboard focus goes once the list re-renders: a resident's edit or remove button, or the heading. */
type FocusTarget = { kind: "edit" | "remove"; id: string } | { kind: "heading" };

/**
 * A unit's residents with the admin's actions: edit in place, remove after confirmation, and the add
 * form beside the list. Keeps keyboard focus where the admin expects it after each action.
 */
export function ResidentsPanel({ unitId, unitNumber, residents }: { unitId: string; unitNumber: string; residents: ResidentView[] }) {
  const t = useTranslations("residentForm");
  const tDashboard = useTranslations("dashboard");
  const headingId = useId();
  const addHeadingId = useId();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ResidentView | null>(null);
  const [notice, setNotice] = useState<string>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const focusTarget = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const element = target.kind === "heading" ? heading.current : buttons.current.get(`${target.kind}:${target.id}`);
    if (!element) return;
    focusTarget.current = null;
    element.focus();
  });

  const buttonRef = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  const closeEditor = (id: string) => {
    focusTarget.current = { kind: "edit", id };
    setEditingId(null);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <h2
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900 focus-visible:outline-offset-[-2px]"
        >
          {t("heading")} <span className="font-normal text-slate-500">({residents.length})</span>
        </h2>
        <div className={notice ? "px-4 pt-4" : undefined}>
          <FormStatus>{notice}</FormStatus>
        </div>
        {residents.length === 0 ? (
          <p className="px-4 py-8 text-center text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul aria-label={t("listLabel", { unit: unitNumber })} className="divide-y divide-slate-100">
            {residents.map((resident) => (
              <li key={resident.id} className="px-4 py-4" data-testid="resident-item">
                {editingId === resident.id ? (
                  <ResidentForm
                    mode={{ kind: "edit", resident }}
                    label={t("editFormLabel", { name: resident.fullName })}
                    autoFocus
                    onCancel={() => closeEditor(resident.id)}
                    onSaved={(name) => {
                      closeEditor(resident.id);
                      setNotice(t("updated", { name }));
                    }}
                  />
                ) : (
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 space-y-0.5">
                      <p className="flex flex-wrap items-center gap-2">
                        <span className="font-medium text-slate-900">{resident.fullName}</span>
                        <span
                          className={
                            resident.type === "owner"
                              ? "rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800 ring-1 ring-indigo-200"
                              : "rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-200"
                          }
                        >
                          {tDashboard(residentRoleKey(resident.type, resident.fullName))}
                        </span>
                      </p>
                      <p className="text-sm break-all text-slate-600">
                        <a href={`mailto:${resident.email}`} className="rounded-sm hover:text-slate-900 hover:underline">
                          {resident.email}
                        </a>
                      </p>
                      <p className="text-sm text-slate-600">
                        {resident.phone ? (
                          <a
                            href={`tel:${resident.phone.replace(/[^\d+]/g, "")}`}
                            className="rounded-sm tabular-nums hover:text-slate-900 hover:underline"
                          >
                            {resident.phone}
                          </a>
                        ) : (
                          <span className="text-slate-500">{t("noPhone")}</span>
                        )}
                      </p>
                    </div>
                    <div className="flex gap-2">
                      {rowActions.map((action) => (
                        <button
                          key={action.kind}
                          type="button"
                          ref={buttonRef(`${action.kind}:${resident.id}`)}
                          aria-label={t(action.kind === "edit" ? "editLabel" : "removeLabel", { name: resident.fullName })}
                          onClick={() => {
                            setNotice(undefined);
                            if (action.kind === "edit") setEditingId(resident.id);
                            else setRemoving(resident);
                          }}
                          className={action.className}
                        >
                          {t(action.kind)}
                        </button>
                      ))}
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={addHeadingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id={addHeadingId} className="text-lg font-semibold text-slate-900">
          {t("addHeading")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">{t("addHelp")}</p>
        <ResidentForm mode={{ kind: "create", unitId }} labelledBy={addHeadingId} />
      </section>

      <RemoveResidentDialog
        resident={removing}
        unitNumber={unitNumber}
        onDismiss={() => {
          if (removing) focusTarget.current ??= { kind: "remove", id: removing.id };
          setRemoving(null);
        }}
        onRemoved={(name) => {
          focusTarget.current = { kind: "heading" };
          setRemoving(null);
          setNotice(t("removed", { name }));
        }}
      />
    </div>
  );
}
