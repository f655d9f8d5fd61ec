"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { type FilterField, FilterForm, filterOptions } from "@/components/ui/filter-form";
import type { UnitListQuery } from "@/lib/schemas/units";
import { useUnitsNavigate, useUnitsPending } from "./units-navigation";
import { UNITS_PATH, unitsHref } from "./units-query";

/**
 * Search box and filters of the units list: a GET form on the list's URL (works without JavaScript);
 * with JavaScript it navigates in the list's transition. Submitting always returns to page 1.
 */
export function UnitsFilters({ query, towers }: { query: UnitListQuery; towers: string[] }) {
  const t = useTranslations("units");
  const tDashboard = useTranslations("dashboard");
  const pending = useUnitsPending();
  const navigate = useUnitsNavigate();

  // Controlled, and reset whenever the URL's query changes (back/forward, "Limpiar filtros"), without
  // remounting the form: focus stays on the control the admin was using.
  const key = `${query.q ?? ""}|${query.tower ?? ""}|${query.dues ?? ""}`;
  const fromQuery = () => ({ q: query.q ?? "", tower: query.tower ?? "", dues: query.dues ?? "" });
  const [values, setValues] = useState(fromQuery);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setValues(fromQuery());
  }
  const fields: FilterField[] = [
    {
      name: "q",
      type: "search",
      label: t("searchLabel"),
      value: values.q,
      placeholder: t("searchPlaceholder"),
      maxLength: 100,
      className: "col-span-2 lg:col-span-1",
    },
    {
      name: "tower",
      type: "select",
      label: t("towerLabel"),
      value: values.tower,
      allLabel: t("allTowers"),
      options: filterOptions(towers, (x) => x),
    },
    {
      name: "dues",
      type: "select",
      label: t("duesLabel"),
      value: values.dues,
      allLabel: t("allDues"),
      options: [
        { value: "up_to_date", label: tDashboard("duesUpToDate") },
        { value: "in_arrears", label: tDashboard("duesInArrears") },
      ],
    },
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(unitsHref({ q: values.q.trim(), tower: values.tower, dues: values.dues }), { scroll: false });
  };

  return (
    <FilterForm
      action={UNITS_PATH}
      idPrefix="units"
      label={t("filtersLabel")}
      look="dashboard"
      className="lg:grid-cols-[minmax(0,1fr)_11rem_10rem_auto]"
      fields={fields}
      onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      onSubmit={onSubmit}
      pending={pending}
      submitLabel={pending ? t("applying") : t("apply")}
      submitWrapperClassName="col-span-2 lg:col-span-1"
      submitClassName="w-full min-w-28 aria-disabled:cursor-progress sm:w-auto"
    />
  );
}
