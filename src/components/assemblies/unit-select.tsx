"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import type { z } from "zod";
import type { FieldBinding } from "@/components/forms/bound-fields";
import { useApiForm } from "@/components/forms/use-api-form";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { inputStyles, labelStyles } from "@/components/forms/styles";
import { unitLabel } from "./unit-label";
import { useAssemblyMessage, usePageLocale } from "./use-assembly-message";

/**
 * The labelled unit picker of the attendance and vote forms ("Elige una unidad" first, then each unit
 * with its owner), registered as `unitId` in their `useApiForm` form. `error` is the form's error
 * (shown under the form as `idOf("error")`), which then describes the picker and marks it invalid;
 * otherwise `hintId`, if given, describes it.
 */
export function UnitSelect<I extends FieldValues & { unitId: string }>({
  api,
  label,
  placeholder,
  units,
  error,
  hintId,
}: {
  api: FieldBinding<I>;
  label: string;
  placeholder: string;
  units: UnitOption[];
  error?: string;
  hintId?: string;
}) {
  const locale = usePageLocale();
  const id = api.idOf("unitId");
  return (
    <>
      <label htmlFor={id} className={labelStyles}>
        {label}
      </label>
      <select
        id={id}
        className={`mt-1.5 ${inputStyles}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? api.idOf("error") : hintId}
        {...api.form.register("unitId" as Path<I>)}
      >
        <option value="">{placeholder}</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unitLabel(locale, unit)}
            {unit.ownerName ? ` — ${unit.ownerName}` : ""}
          </option>
        ))}
      </select>
    </>
  );
}

/** The text of a unit for confirmations ("Apto 101"), or "" when it is not in `units`. */
export function unitName(units: UnitOption[], unitId: string, locale: Parameters<typeof unitLabel>[0]): string {
  const unit = units.find((u) => u.id === unitId);
  return unit ? unitLabel(locale, unit) : "";
}

/**
 * What the attendance and vote forms share: a `useApiForm` form (the API's schema, errors as
 * `assemblies` text), the page's locale, and `confirm(text)` — after a unit is saved it shows `text`
 * as the confirmation, puts the picker back on "Elige una unidad" (the whole form with `resetAll`)
 * with the keyboard on it, and refreshes the page's server data.
 */
export function useUnitForm<I extends FieldValues & { unitId: string }, O>(schema: z.ZodType<O, I>, defaultValues: DefaultValues<I>) {
  const locale = usePageLocale();
  const router = useRouter();
  const [notice, setNotice] = useState<string>();
  const api = useApiForm<I, O>({ schema, defaultValues, errorText: useAssemblyMessage() });
  const confirm = (text: string, resetAll = false) => {
    setNotice(text);
    if (resetAll) api.form.reset(defaultValues);
    else api.form.resetField("unitId" as Path<I>);
    api.form.setFocus("unitId" as Path<I>);
    router.refresh();
  };
  return { api, locale, notice, clearNotice: () => setNotice(undefined), confirm };
}
