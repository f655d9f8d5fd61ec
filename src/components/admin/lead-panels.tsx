import { getTranslator, type Locale } from "@/lib/i18n";
import type { LeadDetail } from "@/server/admin/get-lead-detail";
import { EraseLeadForm } from "./erase-lead-form";
import { formatDateTime } from "./format";
import { codeLabel } from "./labels";
import { cellClass, DataTable, Fact, Panel, stageLabel } from "./ui";

/**
 * A lead in the console (docs/rules.md#personal-data-ley-1581-de-2012): what the person first said, whether they
 * authorized the processing (when, which notice), the history of what later requests said differently, and —
 * unless done — the erasure on request with its confirmation step.
 */
export function LeadPanels({ locale, lead }: { locale: Locale; lead: LeadDetail }) {
  const t = getTranslator(locale, "admin");
  const tPrivacy = getTranslator(locale, "adminPrivacy");
  return (
    <>
      <Panel title={t("leadTitle")} testId="lead-panel">
        {lead.erasedAt ? (
          <p className="mb-3 text-sm text-slate-700">{tPrivacy("erasedNote", { date: formatDateTime(locale, lead.erasedAt) })}</p>
        ) : null}
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          <Fact label={t("colEmail")}>{lead.email}</Fact>
          <Fact label={t("colName")}>{lead.name ?? "—"}</Fact>
          <Fact label={t("colProfile")}>{codeLabel(locale, "profile", lead.profile)}</Fact>
          <Fact label={t("colSource")}>{lead.leadSource}</Fact>
          <Fact label={t("colStage")}>{stageLabel(locale, lead.funnelStage)}</Fact>
          <Fact label={t("colUtm")}>{[lead.utmSource, lead.utmMedium, lead.utmCampaign].filter(Boolean).join(" / ") || "—"}</Fact>
          <Fact label={t("referrer")}>{lead.referrer ?? "—"}</Fact>
          <Fact label={t("colFirstSeen")}>{formatDateTime(locale, lead.createdAt)}</Fact>
          <Fact label={tPrivacy("consentTitle")} testId="lead-consent">
            {lead.consentGiven && lead.consentAt
              ? tPrivacy("consentGiven", { date: formatDateTime(locale, lead.consentAt), version: lead.consentNoticeVersion ?? "—" })
              : tPrivacy("consentNotGiven")}
          </Fact>
        </dl>
        <h3 className="mt-5 mb-2 text-sm font-semibold text-slate-900">{tPrivacy("historyTitle")}</h3>
        {lead.history.length === 0 ? (
          <p className="text-sm text-slate-600">{tPrivacy("historyEmpty")}</p>
        ) : (
          <DataTable
            caption={tPrivacy("historyTitle")}
            head={[t("colTime"), tPrivacy("colField"), tPrivacy("colValue"), tPrivacy("colFrom")]}
          >
            {lead.history.map((h) => (
              <tr key={h.id.toString()} data-testid="lead-history-row">
                <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(locale, h.createdAt)}</td>
                <td className={cellClass}>{codeLabel(locale, "field", h.field)}</td>
                <td className={`${cellClass} break-words`}>{h.field === "profile" ? codeLabel(locale, "profile", h.value) : h.value}</td>
                <td className={`${cellClass} break-all`}>{h.email}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Panel>
      {lead.erasedAt ? null : (
        <Panel title={tPrivacy("eraseTitle")} testId="erase-panel">
          <EraseLeadForm leadId={lead.id} email={lead.email} />
        </Panel>
      )}
    </>
  );
}
