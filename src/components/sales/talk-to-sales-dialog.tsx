"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { sendJson } from "@/components/api/send-json";
import { FormInput, FormSelect, FormTextArea } from "@/components/forms/bound-fields";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { DialogButtons } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { type ContactRequestInput, type ContactSource, contactFormSchema, preferredTimes } from "@/lib/schemas/sales";

type Values = { message: string; phone: string; preferredTime: string; email: string; name: string };
const EMPTY: Values = { message: "", phone: "", preferredTime: "any", email: "", name: "" };

/** Field codes of the contact form with their own text in the `talkToSales` messages. */
const CODES = ["invalid_message", "invalid_phone", "invalid_email", "email_required", "invalid_name", "invalid_preferred_time"] as const;

/**
 * The "Hablar con ventas" dialog (docs/sales.md#talk-to-sales), loaded by `TalkToSales` when it is first
 * wanted and shown as a native modal `<dialog>` as soon as it mounts: a short form — message (required),
 * phone and preferred time (optional) and, with `withEmail`, the email and name — sent to
 * `POST /api/sales/contact-requests` with `useApiForm` (the API's own zod schema). On success it says so.
 * `onClosed` runs when the dialog closes (Escape, "Cancelar", "Cerrar").
 */
export default function TalkToSalesDialog({
  source,
  withEmail,
  onClosed,
}: {
  source: ContactSource;
  withEmail: boolean;
  onClosed: () => void;
}) {
  const t = useTranslations("talkToSales");
  const locale = useLocale();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [sent, setSent] = useState<string>();
  const errorText = (code: string) => ((CODES as readonly string[]).includes(code) ? t(code as (typeof CODES)[number]) : t("invalidField"));
  const [schema] = useState(() => contactFormSchema(withEmail));
  const api = useApiForm<Values, Omit<ContactRequestInput, "source" | "locale">>({
    schema: schema as never,
    defaultValues: EMPTY,
    errorText,
  });

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);
  const close = () => dialogRef.current?.close();

  const { form, formError, pending } = api;
  const submit = api.onSubmit(
    (body) => sendJson("POST", "/api/sales/contact-requests", { ...body, source, locale }),
    (response) => {
      const message = (response.body as { message?: unknown } | null)?.message;
      setSent(typeof message === "string" ? message : t("sent"));
      form.reset(EMPTY);
    },
  );

  return (
    <dialog
      ref={dialogRef}
      onClose={onClosed}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl bg-white p-0 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="space-y-4 p-5 sm:p-6">
        <div>
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <FormStatus>{sent}</FormStatus>
        {sent ? (
          <div className="flex justify-end">
            <button type="button" onClick={close} className={buttonStyles("secondary")}>
              {t("close")}
            </button>
          </div>
        ) : (
          <form {...api.formProps(submit)} aria-labelledby={`${id}-title`} className="space-y-4">
            {withEmail ? (
              <div className="grid gap-4 sm:grid-cols-2">
                <FormInput api={api} name="email" type="email" autoComplete="email" label={t("emailLabel")} />
                <FormInput api={api} name="name" autoComplete="name" label={t("nameLabel")} />
              </div>
            ) : null}
            <FormTextArea api={api} name="message" rows={4} placeholder={t("messagePlaceholder")} label={t("messageLabel")} />
            <div className="grid gap-4 sm:grid-cols-2">
              <FormInput api={api} name="phone" type="tel" autoComplete="tel" label={t("phoneLabel")} />
              <FormSelect
                api={api}
                name="preferredTime"
                label={t("timeLabel")}
                options={preferredTimes.map((time) => ({ value: time, label: t(`time_${time}`) }))}
              />
            </div>
            <FormAlert>{formError}</FormAlert>
            <DialogButtons
              pending={pending}
              pendingLabel={t("sending")}
              submitLabel={t("send")}
              cancelLabel={t("cancel")}
              onCancel={close}
            />
          </form>
        )}
      </div>
    </dialog>
  );
}
