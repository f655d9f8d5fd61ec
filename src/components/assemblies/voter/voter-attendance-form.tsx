"use client";

import { useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { type ApiResponse, sendJson } from "@/components/api/send-json";
import { FormCheckbox, FormInput } from "@/components/forms/bound-fields";
import { InlineAlert } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { linkAttendanceSchema } from "@/lib/schemas/assemblies";

type Values = { withProxy: boolean; holderName: string };

/** The voter link's attendance body: a proxy only when the box is ticked. */
const schema = z
  .object({ withProxy: z.boolean(), holderName: z.string() })
  .transform(({ withProxy, holderName }): z.input<typeof linkAttendanceSchema> => (withProxy ? { proxy: { holderName } } : {}))
  .pipe(linkAttendanceSchema);

/**
 * "Confirmar mi asistencia" on the voter's page (`POST /api/vote/[token]/attendance`), optionally as
 * the holder of the unit's proxy (their name, 2–120 characters). `onAnswer` gets every answer (a 410
 * means the link no longer works); the page then re-reads its view.
 */
export function VoterAttendanceForm({
  token,
  locale,
  onAnswer,
}: {
  token: string;
  locale: string;
  onAnswer: (response: ApiResponse | null) => Promise<void> | void;
}) {
  const t = useTranslations("voter");
  const api = useApiForm<Values, z.output<typeof schema>>({
    schema,
    defaultValues: { withProxy: false, holderName: "" },
    errorText: () => t("failed"),
    networkError: t("failed"),
    genericError: t("failed"),
  });
  const [withProxy, holderName] = useWatch({ control: api.form.control, name: ["withProxy", "holderName"] });
  const submit = api.onSubmit(
    async (body) => {
      const response = await sendJson("POST", `/api/vote/${token}/attendance`, { ...body, locale });
      await onAnswer(response);
      return response;
    },
    () => undefined,
  );
  return (
    <form {...api.formProps(submit)} className="flex flex-col gap-3">
      <FormCheckbox api={api} name="withProxy" label={t("withProxy")} className="text-base" />
      {withProxy ? <FormInput api={api} name="holderName" label={t("proxyName")} maxLength={120} autoComplete="name" /> : null}
      <SubmitButton
        pending={api.pending}
        disabled={withProxy && holderName.trim().length < 2}
        pendingLabel={t("saving")}
        size="lg"
        className="min-h-12 w-full"
      >
        {t("register")}
      </SubmitButton>
      <InlineAlert className="text-base">{api.formError}</InlineAlert>
    </form>
  );
}
