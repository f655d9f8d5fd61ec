"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "use-intl";
import { sendJson } from "@/components/api/send-json";
import { FormInput, FormSelect } from "@/components/forms/bound-fields";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { scenarioNames } from "@/lib/scenario-names";
import { type CreateSalesDemoInput, createSalesDemoSchema } from "@/lib/schemas/sales";

type Values = { email: string; name: string; scenario: string; organizationName: string; durationDays: string; emailLocale: string };
const EMPTY: Values = { email: "", name: "", scenario: "urban-tower", organizationName: "", durationDays: "15", emailLocale: "es" };
const CODES = ["invalid_email", "invalid_name", "invalid_scenario", "invalid_organization_name", "invalid_days", "invalid_locale"] as const;

const scenarioLabel = {
  "urban-tower": "scenario_urban_tower",
  "small-building": "scenario_small_building",
  "residential-complex": "scenario_residential_complex",
} as const;

/**
 * The console's "create a demo for a prospect" form (docs/sales.md#sales-created-demo): email, optional name and
 * condominium name, scenario, duration (1–30 days) and the invitation's language, sent to
 * `POST /api/admin/demos` with `useApiForm` (the API's zod schema). A new demo (201) or the person's
 * existing one (200 `already_exists`) is announced with a link to it; the demo list refreshes.
 * Client component: needs the `common`, `forms` and `salesConsole` message namespaces.
 */
export function SalesDemoForm() {
  const t = useTranslations("salesConsole");
  const locale = useLocale();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ message: string; organizationId: string | null }>();
  const [, startTransition] = useTransition();
  const errorText = (code: string) => ((CODES as readonly string[]).includes(code) ? t(code as (typeof CODES)[number]) : t("invalidField"));
  const api = useApiForm<Values, CreateSalesDemoInput>({
    schema: createSalesDemoSchema as never,
    defaultValues: EMPTY,
    errorText,
  });

  const { form, formError, pending, idOf } = api;
  const submit = api.onSubmit(
    (body) => sendJson("POST", "/api/admin/demos", { ...body, locale }),
    (response) => {
      const body = response.body as { message?: string; organizationId?: string | null; demo?: { organizationId?: string } } | null;
      setOutcome({ message: body?.message ?? "", organizationId: body?.demo?.organizationId ?? body?.organizationId ?? null });
      if (response.status === 201) form.reset(EMPTY);
      startTransition(() => router.refresh());
    },
  );

  return (
    <form
      {...api.formProps(submit, { onStart: () => setOutcome(undefined) })}
      aria-labelledby={idOf("title")}
      className="space-y-4"
      data-testid="sales-demo-form"
    >
      <p id={idOf("title")} className="max-w-3xl text-sm text-slate-600">
        {t("newDemoIntro")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FormInput api={api} name="email" type="email" autoComplete="off" label={t("emailLabel")} />
        <FormInput api={api} name="name" autoComplete="off" label={t("nameLabel")} />
        <FormInput api={api} name="organizationName" autoComplete="off" label={t("organizationNameLabel")} />
        <FormSelect
          api={api}
          name="scenario"
          label={t("scenarioLabel")}
          options={scenarioNames.map((name) => ({ value: name, label: t(scenarioLabel[name]) }))}
        />
        <FormInput api={api} name="durationDays" type="number" inputMode="numeric" min={1} max={30} label={t("durationLabel")} />
        <FormSelect
          api={api}
          name="emailLocale"
          label={t("localeLabel")}
          options={[
            { value: "es", label: t("localeEs") },
            { value: "en", label: t("localeEn") },
          ]}
        />
      </div>
      <FormAlert>{formError}</FormAlert>
      <FormStatus>
        {outcome ? (
          <>
            {outcome.message}{" "}
            {outcome.organizationId ? (
              <Link href={`/admin/demos/${outcome.organizationId}`} className="font-semibold underline">
                {t("openDemo")}
              </Link>
            ) : null}
          </>
        ) : undefined}
      </FormStatus>
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}
