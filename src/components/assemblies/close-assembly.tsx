"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { InlineAlert } from "@/components/forms/form-messages";
import { useApiAction } from "@/components/forms/use-api-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatPercent } from "@/lib/format";
import { usePageLocale } from "./use-assembly-message";

type Props = {
  assemblyId: string;
  status: "scheduled" | "in_progress" | "closed";
  /** Live quorum, shown in the confirmation. */
  percentPresent: string;
  quorumMet: boolean;
};

/**
 * "Cerrar asamblea" and its confirmation (a modal `<dialog>`: focus inside, Esc cancels). Closing
 * (`POST /api/assemblies/[id]/close`) snapshots the quorum and writes the minutes; the page then
 * refreshes as closed. Rendered in both states so that, right after closing, it can say so and point
 * to the minutes.
 */
export function CloseAssembly({ assemblyId, status, percentPresent, quorumMet }: Props) {
  const t = useTranslations("assemblies");
  const tCommon = useTranslations("common");
  const { run, pending, error, setError } = useApiAction({ networkError: t("networkError"), failed: tCommon("genericError") });
  const locale = usePageLocale();
  const router = useRouter();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [closedNow, setClosedNow] = useState(false);

  // An assembly closes only once started (docs/rules.md#assemblies-ley-675-de-2001).
  if (status === "scheduled") return null;
  if (status === "closed") {
    return closedNow ? (
      <p
        role="status"
        className="flex flex-wrap items-center gap-2 rounded-lg bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900"
      >
        {t("closedDone")}
        <a href="#minutes" className="underline underline-offset-2">
          {t("minutesTitle")}
        </a>
      </p>
    ) : null;
  }

  const confirm = () =>
    run({ method: "POST", url: `/api/assemblies/${assemblyId}/close`, payload: { locale } }, () => {
      dialog.current?.close();
      setClosedNow(true);
      router.refresh();
    });

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className={buttonStyles("primary")}>
        {t("closeAssembly")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => setError(undefined)}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5 sm:p-6">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t("closeTitle")}
          </h2>
          <div id={`${id}-body`} className="mt-2 space-y-2 text-sm text-slate-700">
            <p>{t("closeBody", { percent: formatPercent(locale, percentPresent) })}</p>
            {quorumMet ? null : <p className="rounded-lg bg-amber-50 px-3 py-2 font-medium text-amber-950">{t("closeNoQuorum")}</p>}
          </div>
          <InlineAlert className="mt-3">{error}</InlineAlert>
          <p role="status" className="sr-only">
            {pending ? t("closing") : ""}
          </p>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button
              type="button"
              autoFocus
              onClick={() => dialog.current?.close()}
              disabled={pending}
              className={buttonStyles("secondary")}
            >
              {t("cancel")}
            </button>
            <button type="button" onClick={() => void confirm()} disabled={pending} className={buttonStyles("primary")}>
              {pending ? t("closing") : t("closeConfirm")}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
