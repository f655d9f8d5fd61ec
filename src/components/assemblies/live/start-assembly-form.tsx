"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { assemblyStartSchema } from "@/lib/schemas/assemblies";
import { useAssemblyMessage, usePageLocale } from "../use-assembly-message";

type Values = { presidentName: string; secretaryName: string };
const EMPTY: Values = { presidentName: "", secretaryName: "" };

/** Empty names are "not given" (the secretary then defaults to the administrator). */
const schema = z
  .object({ presidentName: z.string(), secretaryName: z.string() })
  .transform(({ presidentName, secretaryName }): { presidentName?: string; secretaryName?: string } => ({
    ...(presidentName.trim() ? { presidentName } : {}),
    ...(secretaryName.trim() ? { secretaryName } : {}),
  }))
  .pipe(assemblyStartSchema);

/**
 * "Iniciar asamblea" (`POST /api/assemblies/[id]/start`) with the optional president and secretary the
 * minutes name; the page then refreshes into the live screen.
 */
export function StartAssemblyForm({ assemblyId }: { assemblyId: string }) {
  const t = useTranslations("live");
  const locale = usePageLocale();
  const errorText = useAssemblyMessage();
  const router = useRouter();
  const id = useId();
  const { form, fieldError, formError, pending, onSubmit } = useApiForm<Values, z.output<typeof schema>>({
    schema,
    defaultValues: EMPTY,
    errorText,
  });
  const submit = onSubmit(
    (body) => sendJson("POST", `/api/assemblies/${assemblyId}/start`, { ...body, locale }),
    () => router.refresh(),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={pending} className="flex flex-col gap-3" data-testid="start-form">
      <p className="text-sm text-slate-700">{t("startHint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${id}-president`}
          label={t("presidentLabel")}
          maxLength={120}
          autoComplete="off"
          error={fieldError("presidentName")}
          {...form.register("presidentName")}
        />
        <TextField
          id={`${id}-secretary`}
          label={t("secretaryLabel")}
          maxLength={120}
          autoComplete="off"
          error={fieldError("secretaryName")}
          {...form.register("secretaryName")}
        />
      </div>
      <button type="submit" disabled={pending} className={`${buttonStyles("primary")} w-full sm:w-fit`}>
        {pending ? t("starting") : t("startButton")}
      </button>
      {formError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
