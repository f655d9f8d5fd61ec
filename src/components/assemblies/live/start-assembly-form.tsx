"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { FormInput } from "@/components/forms/bound-fields";
import { InlineAlert } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
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
  const api = useApiForm<Values, z.output<typeof schema>>({
    schema,
    defaultValues: EMPTY,
    errorText,
  });
  const submit = api.onSubmit(
    (body) => sendJson("POST", `/api/assemblies/${assemblyId}/start`, { ...body, locale }),
    () => router.refresh(),
  );
  return (
    <form {...api.formProps(submit)} className="flex flex-col gap-3" data-testid="start-form">
      <p className="text-sm text-slate-700">{t("startHint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormInput api={api} name="presidentName" label={t("presidentLabel")} maxLength={120} autoComplete="off" />
        <FormInput api={api} name="secretaryName" label={t("secretaryLabel")} maxLength={120} autoComplete="off" />
      </div>
      <SubmitButton pending={api.pending} pendingLabel={t("starting")} className="w-full sm:w-fit">
        {t("startButton")}
      </SubmitButton>
      <InlineAlert>{api.formError}</InlineAlert>
    </form>
  );
}
