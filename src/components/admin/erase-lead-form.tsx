"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { FormInput } from "@/components/forms/bound-fields";
import { InlineAlert } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { eraseLeadSchema } from "@/lib/schemas/admin";

type Values = { confirmEmail: string };

/** A destructive action's colours over the primary button's shape. */
const danger = "bg-red-700 text-white hover:bg-red-800";

/**
 * Erasure on the holder's request (docs/rules.md#personal-data-ley-1581-de-2012), with its confirmation step:
 * sales types the holder's email again, then confirms; `POST /api/admin/leads/[leadId]/erase` with
 * `useApiForm` (the API's `eraseLeadSchema`). On success the console goes back to the leads (the demo no
 * longer exists); an error is shown under the form.
 */
export function EraseLeadForm({ leadId, email }: { leadId: string; email: string }) {
  const t = useTranslations("adminPrivacy");
  const tAdmin = useTranslations("admin");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const api = useApiForm<Values, z.output<typeof eraseLeadSchema>>({
    schema: eraseLeadSchema as unknown as z.ZodType<z.output<typeof eraseLeadSchema>, Values>,
    defaultValues: { confirmEmail: "" },
    errorText: () => tAdmin("actionFailed"),
    networkError: tAdmin("networkError"),
    genericError: tAdmin("actionFailed"),
  });
  const confirmEmail = useWatch({ control: api.form.control, name: "confirmEmail" });
  const matches = confirmEmail.trim().toLowerCase() === email.toLowerCase();

  const erase = api.onSubmit(
    async (body) => {
      const response = await sendJson("POST", `/api/admin/leads/${leadId}/erase`, body);
      if (!response || response.status >= 300) setConfirming(false);
      return response;
    },
    () => router.push("/admin"),
  );

  // Enter in the email field only opens the confirmation step; the erasure needs "Confirmar".
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    if (confirming) return erase(event);
    event.preventDefault();
    if (matches) setConfirming(true);
  };

  return (
    <form {...api.formProps(submit)} className="flex flex-col gap-3" data-testid="erase-lead">
      <p className="text-sm text-slate-700">{t("eraseBody")}</p>
      <FormInput
        api={api}
        name="confirmEmail"
        rules={{ onChange: () => setConfirming(false) }}
        label={t("eraseConfirmLabel")}
        type="email"
        autoComplete="off"
        className="max-w-sm"
      />
      {confirming ? (
        <div role="alertdialog" aria-labelledby={api.idOf("title")} className="flex flex-wrap items-center gap-3 rounded-lg bg-red-50 p-3">
          <p id={api.idOf("title")} className="text-sm font-semibold text-red-900">
            {t("eraseTitleConfirm", { email })}
          </p>
          <SubmitButton pending={api.pending} pendingLabel={tAdmin("working")} size="sm" className={danger}>
            {tAdmin("confirm")}
          </SubmitButton>
          <button type="button" className={buttonStyles("secondary", "sm")} disabled={api.pending} onClick={() => setConfirming(false)}>
            {tAdmin("cancel")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className={`${buttonStyles("primary", "sm")} ${danger} self-start`}
          disabled={!matches}
          onClick={() => setConfirming(true)}
        >
          {t("eraseButton")}
        </button>
      )}
      <InlineAlert className="font-normal">{api.formError}</InlineAlert>
    </form>
  );
}
