import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/admin-shell";
import { AuditTable } from "@/components/admin/audit-table";
import { type DemoAction, DemoActions } from "@/components/admin/demo-actions";
import { LeadPanels } from "@/components/admin/lead-panels";
import { formatDateTime } from "@/components/admin/format";
import { codeLabel, describeData } from "@/components/admin/labels";
import { cellClass, DataTable, demoStatusLabel, Fact, Pagination, Panel, StatusBadge } from "@/components/admin/ui";
import { EngagementBadge } from "@/components/engagement/engagement-badge";
import { ExtensionRequestsTable } from "@/components/engagement/extension-requests-panel";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { getDemoDetail } from "@/server/admin/get-demo-detail";
import { getDemoEngagement } from "@/server/engagement/get-demo-engagement";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { ContactRequestsTable } from "@/components/sales/contact-requests-table";
import { getShareLinkSummary, listContactRequests } from "@/server/sales/list-contact-requests";
import { requireAdmin } from "../../_lib/require-admin";

// GET /admin/demos/[organizationId] — one demo: facts, sales actions, event timeline and audit entries.
const emailStatusKey = {
  pending: "emailStatusPending",
  sent: "emailStatusSent",
  failed: "emailStatusFailed",
  superseded: "emailStatusSuperseded",
} as const;

/** Timeline events per page (the detail reads the latest 500). */
const EVENTS_PER_PAGE = 50;

export default async function AdminDemoDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ organizationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { organizationId } = await params;
  const requestedPage = Number((await searchParams).page);
  const admin = await requireAdmin(`/admin/demos/${encodeURIComponent(organizationId)}`);
  const [detail, locale] = await Promise.all([getDemoDetail(organizationId), getRequestLocale()]);
  if (!detail) notFound();
  const { engagement, extensionRequests } = await getDemoEngagement(detail.demo.id);
  const t = getTranslator(locale, "admin");
  const tSales = getTranslator(locale, "salesConsole");
  const te = getTranslator(locale, "adminEngagement");
  const { demo, lead, user } = detail;
  const [contactRequests, shareLinks] = await Promise.all([
    listContactRequests({ organizationId: demo.id, email: demo.email ?? undefined, limit: 50 }),
    getShareLinkSummary(demo.id),
  ]);
  const status = (code: string) => demoStatusLabel(locale, code);
  const eventPages = Math.max(1, Math.ceil(detail.events.length / EVENTS_PER_PAGE));
  const eventsPage = Number.isInteger(requestedPage) && requestedPage >= 1 ? Math.min(requestedPage, eventPages) : 1;
  const events = detail.events.slice((eventsPage - 1) * EVENTS_PER_PAGE, eventsPage * EVENTS_PER_PAGE);
  const hasExpiry = demo.demoExpiresAt !== null;
  const live = !demo.superseded && !demo.purgedAt;
  const enabled: Record<DemoAction, boolean> = {
    extend: hasExpiry && !demo.superseded && demo.extensionsLeft > 0 && demo.status !== "converted",
    terminate: hasExpiry && live && demo.status === "active",
    reset: hasExpiry && live && demo.status === "active",
    reissue: hasExpiry && !demo.superseded && (demo.status === "expired" || demo.status === "terminated"),
    convert: hasExpiry && !demo.superseded && demo.status !== "converted",
  };

  return (
    <AdminShell locale={locale} section="demos" adminEmail={admin.email} title={demo.email ?? demo.name}>
      <p>
        <Link href="/admin/demos" className="text-brand text-sm hover:underline">
          ← {t("backToDemos")}
        </Link>
      </p>
      <Panel title={demo.name} actions={<StatusBadge locale={locale} status={demo.status} />} testId="demo-facts">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          <Fact label={t("colScenario")}>{codeLabel(locale, "scenario", demo.scenario)}</Fact>
          <Fact label={t("colEmail")}>{demo.email ?? "—"}</Fact>
          <Fact label={t("colCreated")}>{formatDateTime(locale, demo.createdAt)}</Fact>
          <Fact label={t("colExpires")} testId="demo-expires">
            {hasExpiry ? formatDateTime(locale, demo.demoExpiresAt) : t("noExpiry")}
          </Fact>
          <Fact label={t("latestExpiry")}>{formatDateTime(locale, detail.limits.latestExpiry)}</Fact>
          <Fact label={t("colExtensions")} testId="demo-extensions">
            {t("extensionsOf", { used: demo.extensionsUsed, max: demo.extensionsUsed + demo.extensionsLeft })}
          </Fact>
          <Fact label={t("colLogins")}>{formatNumber(locale, demo.logins)}</Fact>
          <Fact label={t("colPageViews")}>{formatNumber(locale, demo.pageViews)}</Fact>
          <Fact label={t("colLastActivity")}>{formatDateTime(locale, demo.lastActivityAt)}</Fact>
          <Fact label={t("lastLogin")}>{formatDateTime(locale, user?.lastLoginAt ?? demo.lastLoginAt)}</Fact>
          <Fact label={t("content")}>
            {t("contentCounts", {
              units: detail.content.units,
              residents: detail.content.residents,
              assemblies: detail.content.assemblies,
            })}
          </Fact>
          <Fact label={t("credits")}>{formatNumber(locale, demo.assemblyCredits)}</Fact>
          {demo.terminatedAt ? <Fact label={t("terminatedAt")}>{formatDateTime(locale, demo.terminatedAt)}</Fact> : null}
          {demo.convertedAt ? <Fact label={t("convertedAt")}>{formatDateTime(locale, demo.convertedAt)}</Fact> : null}
          {demo.purgedAt ? <Fact label={t("purgedAt")}>{formatDateTime(locale, demo.purgedAt)}</Fact> : null}
        </dl>
        {demo.superseded ? <p className="mt-3 text-sm text-amber-800">{t("supersededNote")}</p> : null}
      </Panel>

      <Panel title={t("actionsTitle")} testId="demo-actions">
        {hasExpiry ? (
          <DemoActions organizationId={demo.id} enabled={enabled} maxDays={detail.limits.maxExtensionDays} />
        ) : (
          <p className="text-sm text-slate-600">{t("sharedDemoNote")}</p>
        )}
      </Panel>

      <Panel title={te("engagementTitle")} actions={<EngagementBadge locale={locale} score={engagement.score} />} testId="demo-engagement">
        <p className="text-sm text-slate-700">
          {te("breakdown", {
            logins: engagement.logins,
            days: engagement.activeDays,
            checklist: engagement.checklistDone,
            total: engagement.checklist.length,
            features: engagement.features,
            views: engagement.shareLinkViews,
          })}
        </p>
      </Panel>

      {extensionRequests.length > 0 ? (
        <Panel title={te("requestsTitle")} testId="demo-extension-requests">
          <ExtensionRequestsTable locale={locale} requests={extensionRequests} linkDemo={false} />
        </Panel>
      ) : null}

      {lead ? <LeadPanels locale={locale} lead={lead} /> : null}

      {detail.featureUsage.length > 0 ? (
        <Panel title={t("featureUsage")}>
          <ul className="flex flex-wrap gap-2 text-sm">
            {detail.featureUsage.map((f) => (
              <li key={f.feature} className="rounded-full bg-slate-100 px-3 py-1 text-slate-800">
                {codeLabel(locale, "feature", f.feature)}: <strong>{formatNumber(locale, f.count)}</strong>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      <section className="flex flex-col gap-3" data-testid="demo-contact-requests">
        <h2 className="text-base font-semibold text-slate-900">{tSales("contactsOfDemo")}</h2>
        <ContactRequestsTable locale={locale} rows={contactRequests} showDemo={false} />
        <p className="text-sm text-slate-700" data-testid="demo-share-links">
          {tSales("shareLinksTitle")}: {tSales("shareLinksSummary", { links: shareLinks.links, views: shareLinks.views })}
        </p>
      </section>

      <section className="flex flex-col gap-3">
        <h2 className="text-base font-semibold text-slate-900">{t("emailsTitle")}</h2>
        <DataTable
          caption={t("emailsTitle")}
          head={[t("colTime"), t("colEmailKind"), t("colEmailStatus"), t("colAttempts"), t("colLastError")]}
          empty={detail.emails.length === 0 ? t("noEmails") : undefined}
        >
          {detail.emails.map((email) => (
            <tr key={email.id} data-testid="email-row">
              <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(locale, email.sentAt ?? email.createdAt)}</td>
              <td className={cellClass}>{codeLabel(locale, "email", email.kind)}</td>
              <td className={`${cellClass} font-medium`}>
                {t(emailStatusKey[email.status as keyof typeof emailStatusKey] ?? "emailStatusPending")}
              </td>
              <td className={cellClass}>{formatNumber(locale, email.attempts)}</td>
              <td className={`${cellClass} font-mono text-xs text-slate-600`}>{email.lastError ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section className="flex flex-col gap-3">
        <h2 className="text-base font-semibold text-slate-900">{t("auditTitle")}</h2>
        <AuditTable locale={locale} rows={detail.audit} />
      </section>

      <section className="flex flex-col gap-3">
        <h2 className="text-base font-semibold text-slate-900">{t("timelineTitle")}</h2>
        <DataTable
          caption={t("timelineTitle")}
          head={[t("colTime"), t("colEvent"), t("colActor"), t("colData")]}
          empty={detail.events.length === 0 ? t("noEvents") : undefined}
        >
          {events.map((event) => (
            <tr key={event.id} data-testid="event-row">
              <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(locale, event.createdAt)}</td>
              <td className={`${cellClass} font-medium`}>{codeLabel(locale, "event", event.type)}</td>
              <td className={`${cellClass} break-all`}>{event.actor ?? "—"}</td>
              <td className={`${cellClass} min-w-48 text-xs break-words text-slate-600`}>{describeData(locale, event.data, status)}</td>
            </tr>
          ))}
        </DataTable>
        {eventPages > 1 ? (
          <Pagination
            locale={locale}
            basePath={`/admin/demos/${demo.id}`}
            params={{}}
            page={eventsPage}
            pageSize={EVENTS_PER_PAGE}
            total={detail.events.length}
          />
        ) : null}
      </section>
    </AdminShell>
  );
}
