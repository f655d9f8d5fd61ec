"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldErrors } from "react-hook-form";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { FormAlert } from "@/components/forms/form-messages";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { AgendaFields } from "./agenda-fields";
import { AssemblyDetailsFields } from "./assembly-details-fields";
import { type AssemblyFormValues, assemblyFormSchema, emptyAgendaItem, toAssemblyPayload } from "./assembly-form-values";
import { NoCreditsPanel } from "./no-credits-panel";
import { useAssemblyMessage, usePageLocale } from "./use-assembly-message";

type FormProps = {
  /** Credits the organization has now (at least 1: the page shows `NoCreditsPanel` otherwise). */
  credits: number;
  /** `datetime-local` values in Bogotá time: a suggested date, and the allowed range. */
  defaultScheduledAt: string;
  minScheduledAt: string;
  maxScheduledAt: string;
};

/** How many fields have an error (react-hook-form nests them: `agenda[1].title`). */
function countErrors(errors: FieldErrors | undefined): number {
  if (!errors) return 0;
  return Object.entries(errors).reduce((sum, [key, value]) => {
    if (key === "ref" || typeof value !== "object" || value === null) return sum;
    return sum + ("message" in value && typeof value.message === "string" ? 1 : countErrors(value as FieldErrors));
  }, 0);
}

/**
 * /dashboard/admin-ph/assemblies/new: title, type, date and time (Bogotá), location and the agenda
 * (add, remove, reorder; each item voted or not, simple or qualified majority), with `useApiForm` and
 * the API's own schema (`assemblyCreateSchema`) before sending; `POST /api/assemblies` spends the
 * credit, so the form says so beside the button. On 201 it opens the new assembly; a 409 `no_credits`
 * shows the sales panel.
 */
export function AssemblyForm({ credits, defaultScheduledAt, minScheduledAt, maxScheduledAt }: FormProps) {
  const t = useTranslations("assemblies");
  const locale = usePageLocale();
  const router = useRouter();
  const [defaultValues] = useState<AssemblyFormValues>(() => ({
    title: "",
    type: "ordinary",
    scheduledAt: defaultScheduledAt,
    location: "",
    agenda: [
      { title: t("defaultQuorumItem"), description: t("defaultQuorumDescription"), requiresVote: false, majority: "simple" },
      emptyAgendaItem(),
    ],
  }));
  const api = useApiForm({ schema: assemblyFormSchema, defaultValues, errorText: useAssemblyMessage(), networkError: t("networkError") });
  const [noCredits, setNoCredits] = useState<string>();
  const [created, setCreated] = useState(false);

  const submit = api.onSubmit(
    async () => {
      const response = await sendJson("POST", "/api/assemblies", { ...toAssemblyPayload(api.form.getValues()), locale });
      const error = response && response.status === 409 ? readApiError(response.body) : undefined;
      if (error?.code === "no_credits") setNoCredits(error.message ?? t("noCredits"));
      return response;
    },
    (response) => {
      setCreated(true);
      router.push(`/dashboard/admin-ph/assemblies/${(response.body as { assembly: { id: string } }).assembly.id}`);
    },
  );

  if (noCredits) return <NoCreditsPanel locale={locale} message={noCredits} />;

  const errors = api.form.formState.errors;
  const errorCount = countErrors(errors);
  const busy = api.pending || created;
  const progress = created ? t("created") : api.pending ? t("submitting") : "";
  return (
    <form {...api.formProps(submit, { pending: busy })} className="flex flex-col gap-6" data-testid="assembly-form">
      <FormAlert>{errorCount > 0 ? t("fixErrors", { count: errorCount }) : undefined}</FormAlert>
      <FormAlert>{api.formError}</FormAlert>
      <AssemblyDetailsFields api={api} minScheduledAt={minScheduledAt} maxScheduledAt={maxScheduledAt} />
      <AgendaFields api={api} agendaError={errors.agenda?.root?.message ?? errors.agenda?.message} />

      <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="credit-notice">
          <p className="font-semibold">{t("creditNotice")}</p>
          <p className="mt-0.5">{t("creditNoticeDetail", { left: Math.max(0, credits - 1) })}</p>
        </div>
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end">
          <Link href="/dashboard/admin-ph/assemblies" className={`${buttonStyles("ghost")} sm:w-auto`}>
            {t("cancel")}
          </Link>
          <button type="submit" disabled={busy} className={`${buttonStyles("primary", "lg")} sm:w-auto`}>
            {busy ? <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" /> : null}
            {progress || t("submit")}
          </button>
        </div>
        <p role="status" className="text-right text-sm font-medium text-slate-700 empty:hidden" data-testid="form-progress">
          {progress}
        </p>
      </div>
    </form>
  );
}
