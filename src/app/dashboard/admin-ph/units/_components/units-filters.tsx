"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { inputStyles, labelStyles } from "@/components/forms/styles";
import { buttonStyles } from "@/components/ui/button-styles";
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
  const set = (field: keyof ReturnType<typeof fromQuery>) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(unitsHref({ q: values.q.trim(), tower: values.tower, dues: values.dues }), { scroll: false });
  };

  return (
    <form
      role="search"
      aria-label={t("filtersLabel")}
      action={UNITS_PATH}
      method="get"
      onSubmit={onSubmit}
      className="grid grid-cols-2 items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-[minmax(0,1fr)_11rem_10rem_auto]"
    >
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="units-q" className={labelStyles}>
          {t("searchLabel")}
        </label>
        <input
          id="units-q"
          name="q"
          type="search"
          value={values.q}
          onChange={set("q")}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          autoComplete="off"
          enterKeyHint="search"
          className={`mt-1.5 ${inputStyles}`}
        />
      </div>
      <div>
        <label htmlFor="units-tower" className={labelStyles}>
          {t("towerLabel")}
        </label>
        <select id="units-tower" name="tower" value={values.tower} onChange={set("tower")} className={`mt-1.5 ${inputStyles}`}>
          <option value="">{t("allTowers")}</option>
          {towers.map((tower) => (
            <option key={tower} value={tower}>
              {tower}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="units-dues" className={labelStyles}>
          {t("duesLabel")}
        </label>
        <select id="units-dues" name="dues" value={values.dues} onChange={set("dues")} className={`mt-1.5 ${inputStyles}`}>
          <option value="">{t("allDues")}</option>
          <option value="up_to_date">{tDashboard("duesUpToDate")}</option>
          <option value="in_arrears">{tDashboard("duesInArrears")}</option>
        </select>
      </div>
      <div className="col-span-2 lg:col-span-1">
        <button
          type="submit"
          aria-disabled={pending}
          className={`${buttonStyles("primary", "md")} w-full min-w-28 aria-disabled:cursor-progress sm:w-auto`}
        >
          {pending ? t("applying") : t("apply")}
        </button>
      </div>
    </form>
  );
}
