"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "use-intl";
import { sendJson } from "@/components/api/send-json";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { inputStyles, labelStyles } from "@/components/forms/styles";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
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
  const id = useId();
  const [outcome, setOutcome] = useState<{ message: string; organizationId: string | null }>();
  const [, startTransition] = useTransition();
  const errorText = (code: string) => ((CODES as readonly string[]).includes(code) ? t(code as (typeof CODES)[number]) : t("invalidField"));
  const { form, fieldError, formError, pending, onSubmit } = useApiForm<Values, CreateSalesDemoInput>({
    schema: createSalesDemoSchema as never,
    defaultValues: EMPTY,
    errorText,
  });

  const submit = onSubmit(
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
      noValidate
      onSubmit={(event) => {
        setOutcome(undefined);
        if (pending) event.preventDefault();
        else void submit(event);
      }}
      aria-labelledby={`${id}-title`}
      aria-busy={pending}
      className="space-y-4"
      data-testid="sales-demo-form"
    >
      <p id={`${id}-title`} className="max-w-3xl text-sm text-slate-600">
        {t("newDemoIntro")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField
          id={`${id}-email`}
          type="email"
          autoComplete="off"
          label={t("emailLabel")}
          error={fieldError("email")}
          {...form.register("email")}
        />
        <TextField id={`${id}-name`} autoComplete="off" label={t("nameLabel")} error={fieldError("name")} {...form.register("name")} />
        <TextField
          id={`${id}-org`}
          autoComplete="off"
          label={t("organizationNameLabel")}
          error={fieldError("organizationName")}
          {...form.register("organizationName")}
        />
        <div>
          <label htmlFor={`${id}-scenario`} className={labelStyles}>
            {t("scenarioLabel")}
          </label>
          <select id={`${id}-scenario`} className={`mt-1.5 ${inputStyles}`} {...form.register("scenario")}>
            {scenarioNames.map((name) => (
              <option key={name} value={name}>
                {t(scenarioLabel[name])}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={`${id}-days`}
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          label={t("durationLabel")}
          error={fieldError("durationDays")}
          {...form.register("durationDays")}
        />
        <div>
          <label htmlFor={`${id}-locale`} className={labelStyles}>
            {t("localeLabel")}
          </label>
          <select id={`${id}-locale`} className={`mt-1.5 ${inputStyles}`} {...form.register("emailLocale")}>
            <option value="es">{t("localeEs")}</option>
            <option value="en">{t("localeEn")}</option>
          </select>
        </div>
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
      <button type="submit" disabled={pending} className={buttonStyles("primary")}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
