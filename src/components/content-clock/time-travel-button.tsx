"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { FormStatus } from "@/components/forms/form-messages";
import { buttonStyles } from "@/components/ui/button-styles";

type Result = { caughtUp: number; fellBehind: number; assembliesDue: number; reminders: number };

/**
 * "Avanzar 30 días": moves the demo's content clock (`POST /api/demo/time-travel`), then refreshes the
 * page's server data, and says what changed. The demo's own expiry does not move.
 */
export function TimeTravelButton({ days = 30 }: { days?: number }) {
  const t = useTranslations("contentClock");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(null);

  const advance = async () => {
    setBusy(true);
    setMessage(null);
    const response = await sendJson("POST", "/api/demo/time-travel", { days });
    setBusy(false);
    if (!response) {
      setMessage({ kind: "error", text: t("networkError") });
      return;
    }
    if (response.status === 200) {
      const body = response.body as Result;
      setMessage({ kind: "success", text: t("advanced", { days, ...body }) });
      router.refresh();
      return;
    }
    setMessage({ kind: "error", text: readApiError(response.body).message ?? t("failed") });
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" className={buttonStyles("secondary")} onClick={advance} disabled={busy} data-testid="time-travel">
        {busy ? t("advancing") : t("advance", { days })}
      </button>
      <FormStatus>
        {message ? <span className={message.kind === "error" ? "text-red-700" : "text-emerald-800"}>{message.text}</span> : null}
      </FormStatus>
    </div>
  );
}
