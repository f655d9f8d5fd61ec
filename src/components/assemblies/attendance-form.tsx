"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatPercent } from "@/lib/format";
import { type AttendanceCreateInput, attendanceCreateSchema } from "@/lib/schemas/assemblies";
import type { QuorumView } from "@/server/assemblies/to-assembly-detail";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { errorStyles, inputStyles, labelStyles } from "./field-styles";
import { UnitSelect, unitName } from "./unit-select";
import { useAssemblyMessage, usePageLocale } from "./use-assembly-message";

type Values = { unitId: string; isProxy: boolean; attendeeName: string };
const EMPTY: Values = { unitId: "", isProxy: false, attendeeName: "" };

/** The API's attendance body from the form: the attendee's name only for a proxy who gave one. */
const schema = z
  .object({ unitId: z.string(), isProxy: z.boolean(), attendeeName: z.string() })
  .transform(({ unitId, isProxy, attendeeName }): { unitId: string; isProxy?: boolean; attendeeName?: string } => ({
    unitId,
    isProxy,
    ...(isProxy && attendeeName.trim() ? { attendeeName } : {}),
  }))
  .pipe(attendanceCreateSchema);

/**
 * Registers a unit as present (`POST /api/assemblies/[id]/attendance`), in person or by proxy, then
 * refreshes the page so that the quorum and the attendance list include it.
 * @param units the units not registered yet.
 */
export function AttendanceForm({ assemblyId, units }: { assemblyId: string; units: UnitOption[] }) {
  const t = useTranslations("assemblies");
  const locale = usePageLocale();
  const errorText = useAssemblyMessage();
  const router = useRouter();
  const id = useId();
  const [notice, setNotice] = useState<string>();
  const { form, fieldError, formError, pending, onSubmit } = useApiForm<Values, AttendanceCreateInput>({
    schema,
    defaultValues: EMPTY,
    errorText,
  });

  if (units.length === 0) return <p className="text-sm text-slate-600">{t("allPresent")}</p>;

  const submit = onSubmit(
    (body) => sendJson("POST", `/api/assemblies/${assemblyId}/attendance`, { ...body, locale }),
    (response, body) => {
      const { created, quorum } = response.body as { created: boolean; quorum: QuorumView };
      const unit = unitName(units, body.unitId, locale);
      setNotice(
        created
          ? t("attendanceRegistered", { unit, percent: formatPercent(locale, quorum.percentPresent) })
          : t("attendanceAlready", { unit }),
      );
      form.reset(EMPTY);
      form.setFocus("unitId");
      router.refresh();
    },
  );
  const error = fieldError("unitId") ?? fieldError("attendeeName") ?? formError;

  return (
    <form
      onSubmit={(event) => {
        setNotice(undefined);
        if (pending) event.preventDefault();
        else void submit(event);
      }}
      noValidate
      aria-busy={pending}
      className="flex flex-col gap-3"
      data-testid="attendance-form"
    >
      <div>
        <UnitSelect
          id={`${id}-unit`}
          label={t("attendanceUnit")}
          placeholder={t("chooseUnit")}
          units={units}
          invalid={Boolean(error)}
          describedBy={error ? `${id}-error` : undefined}
          {...form.register("unitId")}
        />
      </div>
      <label className="flex w-fit cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" {...form.register("isProxy")} className="size-4 accent-[var(--brand)]" />
        {t("attendanceProxy")}
      </label>
      {form.watch("isProxy") ? (
        <div>
          <label htmlFor={`${id}-name`} className={labelStyles}>
            {t("attendeeName")}
          </label>
          <input id={`${id}-name`} {...form.register("attendeeName")} maxLength={120} autoComplete="off" className={inputStyles} />
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={`${buttonStyles("primary", "sm")} w-full`}>
        {pending ? t("registering") : t("registerAttendance")}
      </button>
      {error ? (
        <p id={`${id}-error`} role="alert" className={errorStyles}>
          {error}
        </p>
      ) : null}
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden">
        {notice}
      </p>
    </form>
  );
}
