"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { errorMessage, postJson } from "@/components/api/post-json";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatPercent } from "@/lib/format";
import { attendanceCreateSchema } from "@/lib/schemas/assemblies";
import type { QuorumView } from "@/server/assemblies/to-assembly-detail";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { errorStyles, inputStyles, labelStyles } from "./field-styles";
import { unitLabel } from "./unit-label";
import { useAssemblyMessage, usePageLocale } from "./use-assembly-message";

/**
 * Registers a unit as present (`POST /api/assemblies/[id]/attendance`), in person or by proxy, then
 * refreshes the page so that the quorum and the attendance list include it.
 * @param units the units not registered yet.
 */
export function AttendanceForm({ assemblyId, units }: { assemblyId: string; units: UnitOption[] }) {
  const t = useTranslations("assemblies");
  const tCommon = useTranslations("common");
  const locale = usePageLocale();
  const translateKey = useAssemblyMessage();
  const router = useRouter();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [unitId, setUnitId] = useState("");
  const [isProxy, setIsProxy] = useState(false);
  const [attendeeName, setAttendeeName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  if (units.length === 0) return <p className="text-sm text-slate-600">{t("allPresent")}</p>;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setNotice(undefined);
    const parsed = attendanceCreateSchema.safeParse({ unitId, isProxy, ...(isProxy && attendeeName.trim() ? { attendeeName } : {}) });
    if (!parsed.success) {
      setError(translateKey(parsed.error.issues[0]?.message ?? ""));
      select.current?.focus();
      return;
    }
    setError(undefined);
    setPending(true);
    const response = await postJson(`/api/assemblies/${assemblyId}/attendance`, { ...parsed.data, locale });
    setPending(false);
    if (response && (response.status === 200 || response.status === 201)) {
      const body = response.body as { created: boolean; quorum: QuorumView };
      const unit = units.find((u) => u.id === unitId);
      const label = unit ? unitLabel(locale, unit) : "";
      setNotice(
        body.created
          ? t("attendanceRegistered", { unit: label, percent: formatPercent(locale, body.quorum.percentPresent) })
          : t("attendanceAlready", { unit: label }),
      );
      setUnitId("");
      setIsProxy(false);
      setAttendeeName("");
      select.current?.focus();
      router.refresh();
      return;
    }
    setError(response ? (errorMessage(response.body) ?? tCommon("genericError")) : t("networkError"));
  };

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-busy={pending}
      className="flex flex-col gap-3"
      data-testid="attendance-form"
    >
      <div>
        <label htmlFor={`${id}-unit`} className={labelStyles}>
          {t("attendanceUnit")}
        </label>
        <select
          ref={select}
          id={`${id}-unit`}
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
          className={inputStyles}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
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
      <label className="flex w-fit cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          checked={isProxy}
          onChange={(event) => setIsProxy(event.target.checked)}
          className="size-4 accent-[var(--brand)]"
        />
        {t("attendanceProxy")}
      </label>
      {isProxy ? (
        <div>
          <label htmlFor={`${id}-name`} className={labelStyles}>
            {t("attendeeName")}
          </label>
          <input
            id={`${id}-name`}
            value={attendeeName}
            onChange={(event) => setAttendeeName(event.target.value)}
            maxLength={120}
            autoComplete="off"
            className={inputStyles}
          />
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
