"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { useApiAction } from "@/components/forms/use-api-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { formatTime } from "@/lib/format";
import type { LiveItem, LiveSummary } from "@/server/assemblies/get-live-summary";
import { usePageLocale } from "../use-assembly-message";
import { LiveQuorum } from "./live-quorum";
import { LiveTally } from "./live-tally";
import { StartAssemblyForm } from "./start-assembly-form";
import { useLiveSummary } from "./use-live-summary";

const statusKey = { pending: "statusPending", open: "statusOpen", closed: "statusClosed" } as const;

/**
 * The administrator's live screen: start (while scheduled), the live quorum against the 50 % line, and
 * each voted item with its voting switch and its tally — all updated by the live stream
 * (`useLiveSummary`) without reloading.
 */
export function LivePanel({ assemblyId, initial }: { assemblyId: string; initial: LiveSummary }) {
  const t = useTranslations("live");
  const locale = usePageLocale();
  const router = useRouter();
  const { summary, connected } = useLiveSummary(assemblyId, initial);
  const [busy, setBusy] = useState<string>();
  // The rest of the page (attendance list, agenda results) is server-rendered: once the live numbers
  // change and stay still for a second, it is re-rendered too, so the whole screen agrees.
  const signature = `${summary.presentUnits}/${summary.proxies}/${summary.items.map((i) => `${i.votes}:${i.yes}:${i.no}`).join(",")}`;
  const seen = useRef(signature);
  useEffect(() => {
    if (seen.current === signature) return;
    seen.current = signature;
    const timer = setTimeout(() => router.refresh(), 1_000);
    return () => clearTimeout(timer);
  }, [signature, router]);
  const { run, error } = useApiAction({ networkError: t("reconnecting"), failed: t("reconnecting") });

  const setVoting = async (item: LiveItem, status: "open" | "closed") => {
    setBusy(item.id);
    // The agenda's vote forms follow the item's voting state.
    await run({ method: "POST", url: `/api/assemblies/${assemblyId}/items/${item.id}/voting`, payload: { status, locale } }, () =>
      router.refresh(),
    );
    setBusy(undefined);
  };

  return (
    <Card
      id="live-heading"
      testId="live-panel"
      className="flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      titleClassName="text-lg font-semibold text-slate-900"
      title={t("title")}
      action={
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {summary.startedAt ? (
            <span className="text-slate-700">{t("startedAt", { time: formatTime(locale, summary.startedAt) })}</span>
          ) : null}
          {!connected ? <span className="text-amber-800">{t("reconnecting")}</span> : null}
          <Link
            href={`/dashboard/admin-ph/assemblies/${assemblyId}/projection`}
            target="_blank"
            className={buttonStyles("secondary", "sm")}
          >
            {t("projection")}
          </Link>
        </div>
      }
    >
      {summary.status === "scheduled" ? <StartAssemblyForm assemblyId={assemblyId} /> : null}
      <LiveQuorum summary={summary} />
      {summary.status !== "scheduled" ? (
        <div className="flex flex-col gap-4">
          <h3 className="text-base font-semibold text-slate-900">{t("itemsTitle")}</h3>
          {summary.items
            .filter((item) => item.requiresVote)
            .map((item) => (
              <section key={item.id} aria-label={item.title} data-testid="live-item" className="rounded-lg border border-slate-200 p-3">
                <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                  <h4 className="font-medium text-slate-900">
                    {item.position}. {item.title}
                  </h4>
                  <div className="flex items-center gap-2">
                    <span data-testid="live-item-status" className="text-xs font-semibold text-slate-700">
                      {t(statusKey[item.votingStatus])}
                    </span>
                    {summary.status === "in_progress" && item.votingStatus !== "closed" ? (
                      <button
                        type="button"
                        disabled={busy === item.id}
                        onClick={() => void setVoting(item, item.votingStatus === "open" ? "closed" : "open")}
                        className={buttonStyles(item.votingStatus === "open" ? "secondary" : "primary", "sm")}
                      >
                        {item.votingStatus === "open" ? t("closeVoting") : t("openVoting")}
                      </button>
                    ) : null}
                  </div>
                </div>
                <LiveTally item={item} />
              </section>
            ))}
          {error ? (
            <p role="alert" className="text-sm font-medium text-red-700">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
