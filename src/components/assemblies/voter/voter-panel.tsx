"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { type ApiResponse, isSuccess, sendJson } from "@/components/api/send-json";
import { InlineAlert } from "@/components/forms/form-messages";
import { useApiAction } from "@/components/forms/use-api-action";
import { formatPercent } from "@/lib/format";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { VoterView } from "@/server/assemblies/voter-session";
import { VoterAttendanceForm } from "./voter-attendance-form";

/** How often the page re-reads its view, to pick up items the administrator opens (ms). */
const REFRESH_MS = 3_000;
const choices = ["yes", "no", "abstain"] as const;
const tones = { yes: "bg-emerald-600", no: "bg-red-600", abstain: "bg-slate-600" } as const;

/**
 * A unit's voter page, mobile-first: the assembly, the unit and its coefficient (plus the units it
 * represents), attendance confirmation (optionally as the holder of the unit's proxy), and one big
 * button per choice on each item open for voting; the vote can be changed while the item is open.
 */
export function VoterPanel({ token, initial }: { token: string; initial: VoterView }) {
  const t = useTranslations("voter");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : defaultLocale;
  const [view, setView] = useState(initial);
  const [gone, setGone] = useState(false);
  const action = useApiAction({ networkError: t("failed"), failed: t("failed") });
  const [voting, setVoting] = useState<string>();

  const refresh = async () => {
    const response = await sendJson("GET", `/api/vote/${token}`);
    if (response?.status === 410 || response?.status === 404) return setGone(true);
    if (response && isSuccess(response) && response.body) setView(response.body as VoterView);
  };
  useEffect(() => {
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one poller per page
  }, [token]);

  const isGone = (response: ApiResponse | null) => {
    if (response?.status === 410) setGone(true);
    return response?.status === 410;
  };
  const vote = async (itemId: string, choice: (typeof choices)[number]) => {
    setVoting(itemId);
    await action.run(
      { method: "POST", url: `/api/vote/${token}/votes`, payload: { agendaItemId: itemId, choice, locale } },
      refresh,
      isGone,
    );
    setVoting(undefined);
  };

  if (gone) {
    return (
      <section data-testid="vote-closed" className="rounded-xl bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-semibold text-slate-900">{t("closedTitle")}</h1>
        <p className="mt-2 text-base text-slate-700">{t("closedBody")}</p>
      </section>
    );
  }
  const { assembly, unit, attendance } = view;
  return (
    <>
      <header className="rounded-xl bg-white p-4 shadow-sm">
        <p className="text-sm text-slate-600">{view.organizationName}</p>
        <h1 className="text-xl font-semibold text-slate-900">{assembly.title}</h1>
        <p className="mt-3 text-lg font-semibold text-slate-900" data-testid="voter-unit">
          {t("unit", { unit: unit.label })}
        </p>
        <p className="text-base text-slate-700" data-testid="voter-coefficient">
          {t("coefficient", { percent: formatPercent(locale, unit.coefficient, 4) })}
        </p>
        {view.represents.length ? (
          <p className="mt-1 text-sm text-slate-700">
            {t("votingWith", { percent: formatPercent(locale, view.votingCoefficient, 4), count: view.represents.length })}
          </p>
        ) : null}
      </header>

      <section className="rounded-xl bg-white p-4 shadow-sm" data-testid="voter-attendance">
        {attendance ? (
          <p role="status" className="text-base font-medium text-emerald-800">
            {attendance.isProxy && attendance.holderName ? t("registeredProxy", { name: attendance.holderName }) : t("registered")}
          </p>
        ) : (
          <VoterAttendanceForm
            token={token}
            locale={locale}
            onAnswer={async (response) => {
              if (!isGone(response) && response && isSuccess(response)) await refresh();
            }}
          />
        )}
      </section>

      {assembly.status === "scheduled" ? <p className="text-base text-slate-700">{t("notStarted")}</p> : null}
      {view.representedByUnit ? <p className="text-base font-medium text-amber-900">{t("representedByUnit")}</p> : null}
      {assembly.status === "in_progress" && !view.representedByUnit && view.openItems.length === 0 ? (
        <p className="text-base text-slate-700">{t("noOpenItems")}</p>
      ) : null}
      {view.representedByUnit
        ? null
        : view.openItems.map((item) => (
            <section key={item.id} aria-label={item.title} data-testid="voter-item" className="rounded-xl bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold text-slate-900">
                {item.position}. {item.title}
              </h2>
              {item.description ? <p className="mt-1 text-sm text-slate-600">{item.description}</p> : null}
              <p className="mt-1 text-xs text-slate-600">{item.majority === "simple" ? t("ruleSimple") : t("ruleQualified")}</p>
              <div className="mt-3 grid gap-2">
                {choices.map((choice) => (
                  <button
                    key={choice}
                    type="button"
                    aria-pressed={item.myChoice === choice}
                    disabled={voting === item.id}
                    onClick={() => void vote(item.id, choice)}
                    className={`min-h-12 w-full rounded-lg px-4 py-3 text-lg font-semibold text-white disabled:opacity-60 ${tones[choice]} ${
                      item.myChoice === choice ? "ring-4 ring-slate-900 ring-offset-2" : ""
                    }`}
                  >
                    {t(choice)}
                  </button>
                ))}
              </div>
              {item.myChoice ? (
                <p role="status" data-testid="voter-confirmation" className="mt-3 text-base font-medium text-emerald-800">
                  {t("voted", { choice: t(item.myChoice) })}
                </p>
              ) : null}
            </section>
          ))}
      <InlineAlert className="text-base">{action.error}</InlineAlert>
    </>
  );
}
