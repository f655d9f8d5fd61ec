"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { InlineAlert, InlineStatus } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { attendanceBulkSchema, MAX_BULK_ATTENDANCE } from "@/lib/schemas/assemblies";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { useAssemblyMessage, usePageLocale } from "../use-assembly-message";

type Values = { unitIds: string[] };

/** The API's bulk body from the ticked units (at most MAX_BULK_ATTENDANCE, all in person). */
const schema = z
  .object({ unitIds: z.array(z.string()) })
  .transform(({ unitIds }) => ({ registrations: unitIds.slice(0, MAX_BULK_ATTENDANCE).map((unitId) => ({ unitId })) }))
  .pipe(attendanceBulkSchema);

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
  const [notice, setNotice] = useState<string>();
  const api = useApiForm<Values, z.output<typeof schema>>({
    schema,
    defaultValues: { unitIds: [] },
    errorText: useAssemblyMessage(),
    networkError: t("reconnecting"),
    genericError: t("reconnecting"),
  });
  const selected = useWatch({ control: api.form.control, name: "unitIds" }) ?? [];
  if (units.length === 0) return null;

  const submit = api.onSubmit(
    (body) => sendJson("POST", `/api/assemblies/${assemblyId}/attendance`, { ...body, locale }),
    (response) => {
      setNotice(t("bulkDone", { count: (response.body as { created: number }).created }));
      api.form.reset({ unitIds: [] });
      router.refresh();
    },
  );

  const hintId = api.idOf("hint");
  return (
    <details className="rounded-lg border border-slate-200 p-3" data-testid="bulk-attendance">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t("bulkTitle")}</summary>
      <form {...api.formProps(submit, { onStart: () => setNotice(undefined) })}>
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {t("bulkHint")}
        </p>
        <fieldset aria-describedby={hintId} className="mt-2 grid max-h-56 grid-cols-2 gap-1 overflow-y-auto sm:grid-cols-3">
          <legend className="sr-only">{t("bulkTitle")}</legend>
          {units.map((unit) => (
            <label key={unit.id} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" value={unit.id} {...api.form.register("unitIds")} className="size-4 accent-[var(--brand)]" />
              {unit.tower} {unit.number}
            </label>
          ))}
        </fieldset>
        <SubmitButton
          pending={api.pending}
          disabled={selected.length === 0}
          pendingLabel={t("bulkSubmit", { count: selected.length })}
          size="sm"
          className="mt-3 w-full"
        >
          {t("bulkSubmit", { count: Math.min(selected.length, MAX_BULK_ATTENDANCE) })}
        </SubmitButton>
        <InlineAlert className="mt-2">{api.formError ?? api.fieldError("unitIds")}</InlineAlert>
        <InlineStatus className="mt-2">{notice}</InlineStatus>
      </form>
    </details>
  );
}
