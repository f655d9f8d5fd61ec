"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { sendJson } from "@/components/api/send-json";
import { FormInput } from "@/components/forms/bound-fields";
import { DialogButtons } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { moreTimeRequestSchema } from "@/lib/schemas/engagement";

/**
 * The "Pedir más tiempo" dialog (docs/engagement.md#more-time), loaded by `RequestMoreTimeForm` when it is
 * first wanted and shown as a native modal `<dialog>` as soon as it mounts: an optional message POSTed
 * to `/api/demo/extension-requests`. The server's answer (approved with the new date, queued for sales,
 * or why not — e.g. a request already pending) goes to `onResult` and closes the dialog; an approval
 * reloads the page so the countdown (or the expired screen) reflects the new expiry.
 * `onClosed` runs whenever the dialog closes.
 */
export default function RequestMoreTimeDialog({ onResult, onClosed }: { onResult: (message: string) => void; onClosed: () => void }) {
  const t = useTranslations("moreTime");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [answered, setAnswered] = useState(false);
  const api = useApiForm({
    schema: moreTimeRequestSchema,
    defaultValues: { message: "" },
    errorText: () => t("invalidMessage"),
  });

  const { formError, pending } = api;
  const titleId = api.idOf("title");
  const submit = api.onSubmit(
    (values) => sendJson("POST", "/api/demo/extension-requests", values.message ? { message: values.message } : {}),
    (response) => {
      const body = response.body as { status?: string; message?: string } | null;
      onResult(body?.message ?? t("pending"));
      setAnswered(true);
      if (body?.status === "approved") window.setTimeout(() => window.location.reload(), 1500);
    },
  );

  // Shown as soon as it mounts; an answer closes it (the answer is shown beside the button).
  useEffect(() => {
    if (answered) dialogRef.current?.close();
    else dialogRef.current?.showModal();
  }, [answered]);

  return (
    <dialog
      ref={dialogRef}
      onClose={onClosed}
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
  );
}
