"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { sendJson } from "@/components/api/send-json";
import { FormInput } from "@/components/forms/bound-fields";
import { DialogButtons } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { moreTimeRequestSchema } from "@/lib/schemas/engagement";

/**
 * "Pedir más tiempo": a button that opens a dialog with an optional message and POSTs
 * `/api/demo/extension-requests`; the server's answer (approved with the new date, queued for sales, or
 * why not — e.g. a request already pending) is shown in place. An approval reloads the page so the
 * countdown (or the expired screen) reflects the new expiry.
 */
export function RequestMoreTimeForm({ variant = "link" }: { variant?: "link" | "button" }) {
  const t = useTranslations("moreTime");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState<string | null>(null);
  const api = useApiForm({
    schema: moreTimeRequestSchema,
    defaultValues: { message: "" },
    errorText: () => t("invalidMessage"),
  });

  const { form, formError, pending } = api;
  const titleId = api.idOf("title");
  const submit = api.onSubmit(
    (values) => sendJson("POST", "/api/demo/extension-requests", values.message ? { message: values.message } : {}),
    (response) => {
      const body = response.body as { status?: string; message?: string } | null;
      setResult(body?.message ?? t("pending"));
      if (body?.status === "approved") window.setTimeout(() => window.location.reload(), 1500);
    },
  );

  // An answer closes the dialog; it is shown beside the button.
  useEffect(() => {
    if (result) dialogRef.current?.close();
  }, [result]);

  return (
    <span className="inline-flex flex-col items-center gap-1">
      <button
        type="button"
        className={variant === "link" ? "font-semibold underline" : buttonStyles("secondary", "md")}
        onClick={() => {
          setResult(null);
          form.reset({ message: "" });
          dialogRef.current?.showModal();
        }}
        data-testid="request-more-time"
      >
        {t("button")}
      </button>
      <span aria-live="polite" role="status">
        {result ? (
          <span data-testid="more-time-result" className="block rounded bg-emerald-50 px-2 py-1 text-sm text-emerald-900">
            {result}
          </span>
        ) : null}
      </span>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-0 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <form {...api.formProps(submit)} className="flex flex-col gap-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-700">{t("body")}</p>
          <FormInput api={api} name="message" label={t("messageLabel")} maxLength={500} />
          {formError ? (
            <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="more-time-error">
              {formError}
            </p>
          ) : null}
          <DialogButtons
            pending={pending}
            pendingLabel={t("sending")}
            submitLabel={t("send")}
            cancelLabel={t("cancel")}
            onCancel={() => dialogRef.current?.close()}
          />
        </form>
      </dialog>
    </span>
  );
}
