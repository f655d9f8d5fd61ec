"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { buttonStyles } from "@/components/ui/button-styles";
import { controlClass, labelClass } from "./ui";

/** A destructive action's colours over the primary button's shape. */
const danger = "bg-red-700 text-white hover:bg-red-800";

/**
 * Erasure on the holder's request (docs/rules.md#personal-data-ley-1581-de-2012), with its confirmation step:
 * sales types the holder's email again, then confirms; `POST /api/admin/leads/[leadId]/erase`. On success the
 * console goes back to the leads (the demo no longer exists); an error is shown under the form.
 */
export function EraseLeadForm({ leadId, email }: { leadId: string; email: string }) {
  const t = useTranslations("adminPrivacy");
  const tAdmin = useTranslations("admin");
  const router = useRouter();
  const id = useId();
  const [confirmEmail, setConfirmEmail] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const matches = confirmEmail.trim().toLowerCase() === email.toLowerCase();

  const erase = async () => {
    setBusy(true);
    setError(null);
    const response = await sendJson("POST", `/api/admin/leads/${leadId}/erase`, { confirmEmail });
    setBusy(false);
    if (!response) return setError(tAdmin("networkError"));
    if (response.status >= 200 && response.status < 300) {
      router.push("/admin");
      return;
    }
    setConfirming(false);
    setError(readApiError(response.body).message ?? tAdmin("actionFailed"));
  };

  return (
    <div className="flex flex-col gap-3" data-testid="erase-lead">
      <p className="text-sm text-slate-700">{t("eraseBody")}</p>
      <label htmlFor={`${id}-confirm`} className={labelClass}>
        {t("eraseConfirmLabel")}
        <input
          id={`${id}-confirm`}
          type="email"
          autoComplete="off"
          value={confirmEmail}
          onChange={(e) => {
            setConfirmEmail(e.target.value);
            setConfirming(false);
          }}
          className={`${controlClass} max-w-sm`}
        />
      </label>
      {confirming ? (
        <div role="alertdialog" aria-labelledby={`${id}-title`} className="flex flex-wrap items-center gap-3 rounded-lg bg-red-50 p-3">
          <p id={`${id}-title`} className="text-sm font-semibold text-red-900">
            {t("eraseTitleConfirm", { email })}
          </p>
          <button type="button" className={`${buttonStyles("primary", "sm")} ${danger}`} disabled={busy} onClick={() => void erase()}>
            {busy ? tAdmin("working") : tAdmin("confirm")}
          </button>
          <button type="button" className={buttonStyles("secondary", "sm")} disabled={busy} onClick={() => setConfirming(false)}>
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
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
