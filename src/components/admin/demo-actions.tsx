"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { buttonStyles } from "@/components/ui/button-styles";

export type DemoAction = "extend" | "terminate" | "reset" | "reissue" | "convert";

type Result = { kind: "success" | "error"; text: string };

/**
 * The sales actions on one demo. Each button opens a confirmation dialog (with an optional note for
 * the audit log); confirming POSTs to `/api/admin/demos/[id]/<action>`, shows the server's message or
 * error, and refreshes the page's server data.
 */
export function DemoActions({
  organizationId,
  enabled,
  maxDays,
}: {
  organizationId: string;
  enabled: Record<DemoAction, boolean>;
  maxDays: number;
}) {
  const t = useTranslations("admin");
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [action, setAction] = useState<DemoAction | null>(null);
  const [days, setDays] = useState(5);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const validDays = Number.isInteger(days) && days >= 1 && days <= 365;

  const copy: Record<DemoAction, { button: string; title: string; body: string; danger?: boolean }> = {
    extend: {
      button: t("extendButton", { days: validDays ? days : 0 }),
      title: t("extendTitle"),
      body: t("extendBody", { days: validDays ? days : 0 }),
    },
    terminate: { button: t("terminateButton"), title: t("terminateTitle"), body: t("terminateBody"), danger: true },
    reset: { button: t("resetButton"), title: t("resetTitle"), body: t("resetBody"), danger: true },
    reissue: { button: t("reissueButton"), title: t("reissueTitle"), body: t("reissueBody") },
    convert: { button: t("convertButton"), title: t("convertTitle"), body: t("convertBody") },
  };

  const open = (next: DemoAction) => {
    setAction(next);
    setReason("");
    setResult(null);
    dialogRef.current?.showModal();
  };

  const confirm = async () => {
    if (!action) return;
    setBusy(true);
    const note = reason.trim() ? { reason: reason.trim() } : {};
    const payload = action === "extend" ? { days, ...note } : note;
    const response = await sendJson("POST", `/api/admin/demos/${organizationId}/${action}`, payload);
    setBusy(false);
    dialogRef.current?.close();
    if (!response) {
      setResult({ kind: "error", text: t("networkError") });
      return;
    }
    if (response.status >= 200 && response.status < 300) {
      const body = response.body as { message?: unknown } | null;
      setResult({ kind: "success", text: typeof body?.message === "string" ? body.message : t("actionDone") });
      router.refresh();
      return;
    }
    setResult({ kind: "error", text: readApiError(response.body).message ?? t("actionFailed") });
  };

  const order: DemoAction[] = ["terminate", "reset", "reissue", "convert"];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
          {t("daysLabel")}
          <input
            type="number"
            min={1}
            max={maxDays}
            step={1}
            value={Number.isNaN(days) ? "" : days}
            onChange={(e) => setDays(e.target.valueAsNumber)}
            className="w-24 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm"
          />
        </label>
        <button
          type="button"
          className={buttonStyles("primary", "md")}
          disabled={!enabled.extend || !validDays || busy}
          onClick={() => open("extend")}
        >
          {copy.extend.button}
        </button>
        {order.map((a) => (
          <button key={a} type="button" className={buttonStyles("secondary", "md")} disabled={!enabled[a] || busy} onClick={() => open(a)}>
            {copy[a].button}
          </button>
        ))}
      </div>
      <div aria-live="polite" role="status">
        {busy ? <p className="text-sm text-slate-600">{t("working")}</p> : null}
        {result ? (
          <p
            data-testid="action-result"
            className={`rounded-lg px-3 py-2 text-sm ${result.kind === "success" ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}
          >
            {result.text}
          </p>
        ) : null}
      </div>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onCancel={(e) => {
          if (busy) e.preventDefault();
        }}
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        {action ? (
          <form
            method="dialog"
            className="flex flex-col gap-4 p-5"
            onSubmit={(e) => {
              e.preventDefault();
              void confirm();
            }}
          >
            <h2 id={titleId} className="text-lg font-semibold text-slate-900">
              {copy[action].title}
            </h2>
            <p className="text-sm text-slate-700">{copy[action].body}</p>
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
              {t("reasonLabel")}
              <textarea
                value={reason}
                maxLength={500}
                rows={2}
                onChange={(e) => setReason(e.target.value)}
                className="rounded-lg border border-slate-300 px-3 py-2 text-sm text-slate-900"
              />
            </label>
            <div className="flex justify-end gap-2">
              <button type="button" className={buttonStyles("ghost", "md")} disabled={busy} onClick={() => dialogRef.current?.close()}>
                {t("cancel")}
              </button>
              <button
                type="submit"
                className={
                  copy[action].danger ? `${buttonStyles("primary", "md")} bg-red-700 hover:bg-red-800` : buttonStyles("primary", "md")
                }
                disabled={busy}
              >
                {busy ? t("working") : t("confirm")}
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </div>
  );
}
