"use client";

import { useRouter } from "next/navigation";
import { type SyntheticEvent, useEffect, useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { FormAlert } from "@/components/forms/form-messages";
import { dangerButtonStyles } from "@/components/forms/styles";
import { useApiAction } from "@/components/forms/use-api-action";
import { buttonStyles } from "@/components/ui/button-styles";
import type { ResidentView } from "./types";

/**
 * "¿Quitar a …?" — a native modal `<dialog>` (focus moves into it and stays there, Escape cancels) that
 * confirms removing a resident (`DELETE /api/residents/[id]`). A refusal (409: the unit's last owner)
 * is shown inside the dialog with the server's message. `onRemoved` runs in the refresh transition.
 */
export function RemoveResidentDialog(props: {
  resident: ResidentView | null;
  unitNumber: string;
  onDismiss: () => void;
  onRemoved: (fullName: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const { resident } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (resident && !dialog.open) {
      dialog.showModal();
      // Start on "Cancelar": the safe choice for a destructive confirmation.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!resident && dialog.open) dialog.close();
  }, [resident]);

  // Escape must not close the dialog while the removal is in flight.
  const onCancel = (event: SyntheticEvent) => {
    if (busy) event.preventDefault();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={resident ? titleId : undefined}
      onCancel={onCancel}
      onClose={props.onDismiss}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      {resident ? (
        <RemoveResidentContent
          key={resident.id}
          resident={resident}
          unitNumber={props.unitNumber}
          titleId={titleId}
          onBusyChange={setBusy}
          onClose={() => ref.current?.close()}
          onRemoved={props.onRemoved}
        />
      ) : null}
    </dialog>
  );
}

function RemoveResidentContent(props: {
  resident: ResidentView;
  unitNumber: string;
  titleId: string;
  onBusyChange: (busy: boolean) => void;
  onClose: () => void;
  onRemoved: (fullName: string) => void;
}) {
  const t = useTranslations("residentForm");
  const tForms = useTranslations("forms");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { run, pending: sending, error } = useApiAction({ networkError: tForms("networkError"), failed: tCommon("genericError") });
  const [refreshing, startTransition] = useTransition();
  const pending = sending || refreshing;
  const { resident } = props;

  const confirm = async () => {
    if (pending) return;
    props.onBusyChange(true);
    let removed = false;
    await run({ method: "DELETE", url: `/api/residents/${resident.id}` }, () => {
      removed = true;
      startTransition(() => {
        router.refresh();
        props.onBusyChange(false);
        props.onRemoved(resident.fullName);
      });
    });
    if (!removed) props.onBusyChange(false);
  };

  return (
    <div className="p-6" aria-busy={pending}>
      <h2 id={props.titleId} className="text-lg font-semibold text-slate-900">
        {t("confirmTitle", { name: resident.fullName })}
      </h2>
      <p className="mt-2 text-sm text-slate-600">{t("confirmBody", { unit: props.unitNumber })}</p>
      <div className="mt-4">
        <FormAlert>{error}</FormAlert>
      </div>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <button type="button" data-autofocus onClick={props.onClose} disabled={pending} className={buttonStyles("secondary", "md")}>
          {t("cancel")}
        </button>
        <button
          type="button"
          onClick={() => void confirm()}
          aria-disabled={pending}
          className={`${dangerButtonStyles} min-w-32 aria-disabled:cursor-progress aria-disabled:opacity-70`}
        >
          {pending ? t("removing") : t("confirmRemove")}
        </button>
      </div>
    </div>
  );
}
