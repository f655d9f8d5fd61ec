import Link from "next/link";
import { ClientMessages } from "@/components/client-messages";
import { TALK_TO_SALES_NAMESPACES } from "@/components/sales/namespaces";
import { TalkToSales } from "@/components/sales/talk-to-sales";
import { RequestMoreTime } from "@/components/engagement/request-more-time";
import { env } from "@/env";
import { formatDate } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import { DAY_MS } from "@/server/demo/demo-policy";
import { LogoutButton } from "./logout-button";

/** When an expired or terminated demo ended: the earlier of its expiry and its termination (null when neither is known). */
export function demoEndedAt(organization: { demoExpiresAt: Date | null; terminatedAt: Date | null }, now: Date): Date | null {
  const ends = [organization.demoExpiresAt, organization.terminatedAt].filter((d): d is Date => d !== null && d <= now);
  return ends.length > 0 ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null;
}

/**
 * The "Demo vencido" screen shown instead of any page of an expired demo (docs/rules.md#demo-lifecycle): when
 * it ended, and what happens next — its data is kept DEMO_RETENTION_DAYS after the end (until a stated
 * date) and then deleted; the person can ask for more time or talk to sales. A demo already purged says
 * its data is gone.
 */
export function DemoExpired({
  locale,
  organization,
  now = new Date(),
}: {
  locale: Locale;
  organization: { demoExpiresAt: Date | null; terminatedAt: Date | null; purgedAt: Date | null };
  now?: Date;
}) {
  const t = getTranslator(locale, "expired");
  const endedAt = demoEndedAt(organization, now);
  const retentionDays = env.DEMO_RETENTION_DAYS;
  const keptUntil = endedAt ? new Date(endedAt.getTime() + retentionDays * DAY_MS) : null;
  const purged = organization.purgedAt !== null;
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col items-center justify-center gap-6 p-6 text-center">
      <span className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">DEMO</span>
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="text-slate-700" data-testid="expired-body">
        {endedAt ? t(purged ? "bodyPurged" : "body", { date: formatDate(locale, endedAt) }) : t("bodyNoDate")}
      </p>
      <section aria-labelledby="expired-next" className="w-full rounded-xl border border-slate-200 bg-white p-4 text-left">
        <h2 id="expired-next" className="mb-2 font-semibold text-slate-900">
          {t("nextTitle")}
        </h2>
        <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-700" data-testid="expired-next-steps">
          {purged ? null : (
            <li>{keptUntil ? t("nextKept", { date: formatDate(locale, keptUntil) }) : t("nextKeptDays", { days: retentionDays })}</li>
          )}
          <li>{t("nextMoreTime")}</li>
          <li>{t("nextSales")}</li>
        </ul>
      </section>
      <div className="flex flex-wrap justify-center gap-3">
        <ClientMessages locale={locale} namespaces={TALK_TO_SALES_NAMESPACES}>
          <TalkToSales source="expired" className="rounded-lg bg-slate-900 px-4 py-2 font-medium text-white" />
        </ClientMessages>
        <RequestMoreTime locale={locale} variant="button" />
        <Link className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800" href="/">
          {t("home")}
        </Link>
        <LogoutButton />
      </div>
    </main>
  );
}
