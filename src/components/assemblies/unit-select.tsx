"use client";

import type { SelectHTMLAttributes } from "react";
import type { UnitOption } from "@/server/dashboard/list-unit-options";
import { inputStyles, labelStyles } from "@/components/forms/styles";
import { unitLabel } from "./unit-label";
import { usePageLocale } from "./use-assembly-message";

/**
 * The labelled unit picker of the attendance and vote forms: "Elige una unidad" first, then each unit
 * with its owner. `describedBy` ties it to the form's error (or hint); `invalid` sets `aria-invalid`.
 * The rest of the props (react-hook-form's `register`) go to the `<select>`.
 */
export function UnitSelect({
  id,
  label,
  placeholder,
  units,
  invalid,
  describedBy,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "children"> & {
  id: string;
  label: string;
  placeholder: string;
  units: UnitOption[];
  invalid: boolean;
  describedBy?: string;
  ref?: React.Ref<HTMLSelectElement>;
}) {
  const locale = usePageLocale();
  return (
    <>
      <label htmlFor={id} className={labelStyles}>
        {label}
      </label>
      <select
        id={id}
        className={`mt-1.5 ${inputStyles}`}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        {...select}
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
