"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { FormStatus } from "@/components/forms/form-messages";
import { buttonStyles } from "@/components/ui/button-styles";

/** How often the page re-reads while a simulation runs (each read writes what is due, docs/simulation.md), ms. */
const REFRESH_MS = 2_000;

/**
 * "Simular día de asamblea": starts a simulated assembly day on this assembly (`POST
 * /api/assemblies/{id}/simulate`, two minutes), or stops the one running (`DELETE`). While it runs the
 * page's server data is refreshed every two seconds, and each read writes what the simulation has due —
 * no worker runs it. The prospect can still register and vote for any unit meanwhile.
 */
export function SimulateAssemblyButton({
  assemblyId,
  running,
  endsAt,
  durationSeconds = 120,
}: {
  assemblyId: string;
  running: boolean;
  /** ISO 8601: when the running simulation's last event is due. */
  endsAt: string | null;
  durationSeconds?: number;
}) {
  const t = useTranslations("simulation");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!running || !endsAt) return;
    const until = new Date(endsAt).getTime() + 2 * REFRESH_MS;
    const timer = setInterval(() => {
      router.refresh();
      if (Date.now() > until) clearInterval(timer);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, endsAt, router]);

  const act = async (method: "POST" | "DELETE") => {
    setBusy(true);
    setError(null);
    const response = await sendJson(method, `/api/assemblies/${assemblyId}/simulate`, method === "POST" ? { durationSeconds } : undefined);
    setBusy(false);
    if (response && response.status >= 200 && response.status < 300) {
      router.refresh();
      return;
    }
    setError(response ? (readApiError(response.body).message ?? t("failed")) : t("networkError"));
  };

  return (
    <div className="flex max-w-[16rem] flex-col items-end gap-1 text-right text-xs">
      {running ? (
        <button
          type="button"
          className={buttonStyles("secondary")}
          disabled={busy}
          onClick={() => act("DELETE")}
          data-testid="simulation-stop"
        >
          {t("stop")}
        </button>
      ) : (
        <button
          type="button"
          className={buttonStyles("secondary")}
          disabled={busy}
          onClick={() => act("POST")}
          data-testid="simulation-start"
        >
          {busy ? t("starting") : t("start")}
        </button>
      )}
      <FormStatus>
        {running ? <span className="text-sky-900">{t("running")}</span> : null}
        {error ? <span className="text-red-700">{error}</span> : null}
      </FormStatus>
    </div>
  );
}
