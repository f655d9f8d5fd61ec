import Link from "next/link";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { Onboarding } from "@/server/engagement/get-onboarding";
import { OnboardingToggle } from "./onboarding-toggle";

/**
 * The guided checklist on every page of a demo (docs/engagement.md#the-guided-checklist): the things
 * that sell Assembly, each ticked when the demo's events show it done and linking to where it is done,
 * with the progress; hidden (one line with "show") once the prospect dismisses it.
 */
export function OnboardingChecklist({ locale, onboarding }: { locale: Locale; onboarding: Onboarding }) {
  const t = getTranslator(locale, "onboarding");
  const toggle = (
    <ClientMessages locale={locale} namespaces={["onboarding"]}>
      <OnboardingToggle dismissed={onboarding.dismissed} />
    </ClientMessages>
  );
  if (onboarding.dismissed) return <div className="flex justify-end">{toggle}</div>;
  return (
    <Card
      id="onboarding-title"
      testId="onboarding-checklist"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      headerClassName="flex flex-wrap items-center justify-between gap-2"
      title={t("title")}
      descriptionTestId="onboarding-progress"
      description={t("progress", { done: onboarding.completed, total: onboarding.total })}
      action={toggle}
    >
      <div
        className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={onboarding.total}
        aria-valuenow={onboarding.completed}
        aria-labelledby="onboarding-title"
      >
        <div className="h-full bg-[var(--brand)]" style={{ width: `${(onboarding.completed / onboarding.total) * 100}%` }} />
      </div>
      <ol className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {onboarding.items.map((item) => (
          <li key={item.key} data-testid={`onboarding-item-${item.key}`} data-done={item.done ? "true" : "false"}>
            <Link
              href={item.href}
              // The section tabs already prefetch these pages; a second prefetch of the same URL would
              // only add requests (and race the page's own loading state).
              prefetch={false}
              className={`flex items-center gap-2 rounded-lg border px-3 py-2 text-sm hover:border-slate-400 ${
                item.done ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-slate-200 text-slate-800"
              }`}
            >
              <span aria-hidden="true" className="font-bold">
                {item.done ? "✓" : "○"}
              </span>
              <span className={item.done ? "line-through decoration-emerald-700/40" : undefined}>{t(item.key)}</span>
              <span className="sr-only">({item.done ? t("done") : t("pending")})</span>
            </Link>
          </li>
        ))}
      </ol>
      {onboarding.completed === onboarding.total ? <p className="mt-3 text-sm text-emerald-800">{t("allDone")}</p> : null}
    </Card>
  );
}
