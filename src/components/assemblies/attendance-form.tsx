"use client";

import { useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { FormCheckbox, FormInput } from "@/components/forms/bound-fields";
import { InlineAlert, InlineStatus } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { formatPercent } from "@/lib/format";
import { type AttendanceCreateInput, attendanceCreateSchema } from "@/lib/schemas/assemblies";
import type { QuorumView } from "@/server/assemblies/to-assembly-detail";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { UnitSelect, unitName, useUnitForm } from "./unit-select";

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
  const { api, locale, notice, clearNotice, confirm } = useUnitForm<Values, AttendanceCreateInput>(schema, EMPTY);

  if (units.length === 0) return <p className="text-sm text-slate-600">{t("allPresent")}</p>;

  const { form, fieldError, formError, pending, idOf } = api;
  const submit = api.onSubmit(
    (body) => sendJson("POST", `/api/assemblies/${assemblyId}/attendance`, { ...body, locale }),
    (response, body) => {
      const { created, quorum } = response.body as { created: boolean; quorum: QuorumView };
      const unit = unitName(units, body.unitId, locale);
      confirm(
        created
          ? t("attendanceRegistered", { unit, percent: formatPercent(locale, quorum.percentPresent) })
          : t("attendanceAlready", { unit }),
        true,
      );
    },
  );
  const error = fieldError("unitId") ?? fieldError("attendeeName") ?? formError;

  return (
    <form {...api.formProps(submit, { onStart: clearNotice })} className="flex flex-col gap-3" data-testid="attendance-form">
      <div>
        <UnitSelect api={api} label={t("attendanceUnit")} placeholder={t("chooseUnit")} units={units} error={error} />
      </div>
      <FormCheckbox api={api} name="isProxy" label={t("attendanceProxy")} />
      {form.watch("isProxy") ? (
        <FormInput api={api} name="attendeeName" label={t("attendeeName")} maxLength={120} autoComplete="off" />
      ) : null}
      <SubmitButton pending={pending} pendingLabel={t("registering")} size="sm" className="w-full">
        {t("registerAttendance")}
      </SubmitButton>
      <InlineAlert id={idOf("error")}>{error}</InlineAlert>
      <InlineStatus>{notice}</InlineStatus>
    </form>
  );
}
