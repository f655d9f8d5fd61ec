"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { buttonStyles } from "@/components/ui/button-styles";
import { MAX_BULK_ATTENDANCE } from "@/lib/schemas/assemblies";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { usePageLocale } from "../use-assembly-message";

/**
 * Registers many units at once, in person (`POST /api/assemblies/[id]/attendance` with
 * `{ registrations }`, up to MAX_BULK_ATTENDANCE): tick the units that arrived, register them together.
 * Proxies are registered one by one with the attendance form.
 * @param units the units not registered yet.
 */
export function BulkAttendanceForm({ assemblyId, units }: { assemblyId: string; units: UnitOption[] }) {
  const t = useTranslations("live");
  const locale = usePageLocale();
  const router = useRouter();
  const id = useId();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  if (units.length === 0) return null;

  const toggle = (unitId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(unitId)) next.delete(unitId);
      else next.add(unitId);
      return next;
    });
  const submit = async () => {
    const registrations = [...selected].slice(0, MAX_BULK_ATTENDANCE).map((unitId) => ({ unitId }));
    if (registrations.length === 0) return;
    setPending(true);
    setError(undefined);
    setNotice(undefined);
    const response = await sendJson("POST", `/api/assemblies/${assemblyId}/attendance`, { registrations, locale });
    setPending(false);
    if (response?.status !== 200) return setError(readApiError(response?.body).message ?? t("reconnecting"));
    setNotice(t("bulkDone", { count: (response.body as { created: number }).created }));
    setSelected(new Set());
    router.refresh();
  };

  return (
    <details className="rounded-lg border border-slate-200 p-3" data-testid="bulk-attendance">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t("bulkTitle")}</summary>
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
        {t("bulkHint")}
      </p>
      <fieldset aria-describedby={`${id}-hint`} className="mt-2 grid max-h-56 grid-cols-2 gap-1 overflow-y-auto sm:grid-cols-3">
        <legend className="sr-only">{t("bulkTitle")}</legend>
        {units.map((unit) => (
          <label key={unit.id} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={selected.has(unit.id)}
              onChange={() => toggle(unit.id)}
              className="size-4 accent-[var(--brand)]"
            />
            {unit.tower} {unit.number}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={pending || selected.size === 0}
        onClick={() => void submit()}
        className={`${buttonStyles("primary", "sm")} mt-3 w-full`}
      >
        {t("bulkSubmit", { count: Math.min(selected.size, MAX_BULK_ATTENDANCE) })}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <p role="status" className="mt-2 text-sm font-medium text-emerald-800 empty:hidden">
        {notice}
      </p>
    </details>
  );
}
