"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { FormStatus } from "@/components/forms/form-messages";
import { useApiAction } from "@/components/forms/use-api-action";
import { buttonStyles } from "@/components/ui/button-styles";

type Result = { caughtUp: number; fellBehind: number; assembliesDue: number; reminders: number };

/**
 * "Avanzar 30 días": moves the demo's content clock (`POST /api/demo/time-travel`), then refreshes the
 * page's server data, and says what changed. The demo's own expiry does not move.
 */
export function TimeTravelButton({ days = 30 }: { days?: number }) {
  const t = useTranslations("contentClock");
  const router = useRouter();
  const { run, pending: busy, error } = useApiAction({ networkError: t("networkError"), failed: t("failed") });
  const [advanced, setAdvanced] = useState<string>();

  const advance = () => {
    setAdvanced(undefined);
    return run({ method: "POST", url: "/api/demo/time-travel", payload: { days } }, (response) => {
      setAdvanced(t("advanced", { days, ...(response.body as Result) }));
      router.refresh();
    });
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" className={buttonStyles("secondary")} onClick={() => void advance()} disabled={busy} data-testid="time-travel">
        {/* `days` as text: a number would build an Intl.NumberFormat while the page hydrates (~100 ms on a
            throttled phone, docs/performance.md) only to print "30". */}
        {busy ? t("advancing") : t("advance", { days: String(days) })}
      </button>
      <FormStatus>
        {error ? <span className="text-red-700">{error}</span> : null}
        {advanced ? <span className="text-emerald-800">{advanced}</span> : null}
      </FormStatus>
    </div>
  );
}
