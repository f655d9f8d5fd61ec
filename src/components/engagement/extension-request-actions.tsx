"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { buttonStyles } from "@/components/ui/button-styles";

/**
 * Approve (with a number of days) or deny one pending request for more time
 * (`POST /api/admin/extension-requests/[id]/{approve,deny}`); shows the server's answer — a cap of the
 * extend action refuses in its own words — and refreshes the console's data.
 */
export function ExtensionRequestActions({ requestId, defaultDays }: { requestId: string; defaultDays: number }) {
  const t = useTranslations("adminEngagement");
  const router = useRouter();
  const [days, setDays] = useState(defaultDays);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const validDays = Number.isInteger(days) && days >= 1 && days <= 365;

  const decide = async (action: "approve" | "deny") => {
    setBusy(true);
    const response = await sendJson("POST", `/api/admin/extension-requests/${requestId}/${action}`, action === "approve" ? { days } : {});
    setBusy(false);
    if (!response) return setResult({ ok: false, text: t("networkError") });
    const ok = response.status >= 200 && response.status < 300;
    const body = response.body as { message?: unknown } | null;
    setResult({
      ok,
      text: ok && typeof body?.message === "string" ? body.message : (readApiError(response.body).message ?? t("failed")),
    });
    if (ok) router.refresh();
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
          {t("daysLabel")}
          <input
            type="number"
            min={1}
            max={365}
            step={1}
            value={Number.isNaN(days) ? "" : days}
            onChange={(e) => setDays(e.target.valueAsNumber)}
            className="w-20 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 shadow-sm"
          />
        </label>
        <button
          type="button"
          className={buttonStyles("primary", "sm")}
          disabled={busy || !validDays}
          onClick={() => void decide("approve")}
        >
          {t("approve", { days: validDays ? days : 0 })}
        </button>
        <button type="button" className={buttonStyles("secondary", "sm")} disabled={busy} onClick={() => void decide("deny")}>
          {t("deny")}
        </button>
      </div>
      <div aria-live="polite" role="status">
        {busy ? <p className="text-xs text-slate-600">{t("working")}</p> : null}
        {result ? (
          <p
            data-testid="request-action-result"
            className={`rounded px-2 py-1 text-xs ${result.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}
          >
            {result.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
