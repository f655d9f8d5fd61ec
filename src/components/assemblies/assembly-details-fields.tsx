"use client";

import { useTranslations } from "use-intl";
import { FormInput } from "@/components/forms/bound-fields";
import { ChoiceCards } from "@/components/forms/choice-cards";
import type { AssemblyFormApi } from "./assembly-form-values";

/**
 * The new assembly's details: title, type (ordinary / extraordinary, each with its hint), date and
 * time in Bogotá (within `minScheduledAt`–`maxScheduledAt`) and location.
 */
export function AssemblyDetailsFields({
  api,
  minScheduledAt,
  maxScheduledAt,
}: {
  api: AssemblyFormApi;
  minScheduledAt: string;
  maxScheduledAt: string;
}) {
  const t = useTranslations("assemblies");
  return (
    <section aria-labelledby={api.idOf("details-heading")} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={api.idOf("details-heading")} className="text-lg font-semibold text-slate-900">
        {t("sectionDetails")}
      </h2>
      <div className="mt-4 grid gap-5 md:grid-cols-2">
        <FormInput
          api={api}
          name="title"
          label={t("fieldTitle")}
          placeholder={t("fieldTitlePlaceholder")}
          className="md:col-span-2"
          maxLength={160}
          autoComplete="off"
          required
        />
        <ChoiceCards
          api={api}
          name="type"
          legend={t("fieldType")}
          className="md:col-span-2"
          choices={[
            { value: "ordinary", label: t("typeOrdinary"), hint: t("typeOrdinaryHint") },
            { value: "extraordinary", label: t("typeExtraordinary"), hint: t("typeExtraordinaryHint") },
          ]}
        />
        <FormInput
          api={api}
          name="scheduledAt"
          type="datetime-local"
          label={t("fieldDate")}
          hint={t("fieldDateHint")}
          min={minScheduledAt}
          max={maxScheduledAt}
          required
        />
        <FormInput
          api={api}
          name="location"
          label={t("fieldLocation")}
          placeholder={t("fieldLocationPlaceholder")}
          maxLength={160}
          required
        />
      </div>
    </section>
  );
}
