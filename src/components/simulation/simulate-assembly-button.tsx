"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "use-intl";
import { FormStatus } from "@/components/forms/form-messages";
import { useApiAction } from "@/components/forms/use-api-action";
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
  const { run, pending: busy, error } = useApiAction({ networkError: t("networkError"), failed: t("failed") });

  useEffect(() => {
    if (!running || !endsAt) return;
    const until = new Date(endsAt).getTime() + 2 * REFRESH_MS;
    const timer = setInterval(() => {
      router.refresh();
      if (Date.now() > until) clearInterval(timer);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, endsAt, router]);

  const act = (method: "POST" | "DELETE") =>
    run({ method, url: `/api/assemblies/${assemblyId}/simulate`, payload: method === "POST" ? { durationSeconds } : undefined }, () =>
      router.refresh(),
    );

  return (
    <div className="flex max-w-[16rem] flex-col items-end gap-1 text-right text-xs">
      <button
        type="button"
        className={buttonStyles("secondary")}
        disabled={busy}
        onClick={() => act(running ? "DELETE" : "POST")}
        data-testid={running ? "simulation-stop" : "simulation-start"}
      >
        {running ? t("stop") : busy ? t("starting") : t("start")}
      </button>
      <FormStatus>
        {running ? <span className="text-sky-900">{t("running")}</span> : null}
        {error ? <span className="text-red-700">{error}</span> : null}
      </FormStatus>
    </div>
  );
}
