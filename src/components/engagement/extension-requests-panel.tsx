import Link from "next/link";
import { formatDateTime } from "@/components/admin/format";
import { cellClass, DataTable, hideBelow } from "@/components/admin/ui";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { ExtensionRequestItem } from "@/server/engagement/list-extension-requests";
import { MORE_TIME_DAYS } from "@/server/engagement/more-time-policy";
import { EngagementBadge } from "./engagement-badge";
import { ExtensionRequestActions } from "./extension-request-actions";

const statusKey = {
  pending: "statusPending",
  auto_approved: "statusAutoApproved",
  approved: "statusApproved",
  denied: "statusDenied",
} as const;

/**
 * The console's table of requests for more time (docs/engagement.md#more-time): who asked, when, their
 * message and engagement then, the status, and — for a pending one — approve/deny. `linkDemo` links
 * each row to its demo (the demos list's queue).
 */
export function ExtensionRequestsTable({
  locale,
  requests,
  linkDemo,
}: {
  locale: Locale;
  requests: ExtensionRequestItem[];
  linkDemo: boolean;
}) {
  const t = getTranslator(locale, "adminEngagement");
  return (
    <DataTable
      caption={t("requestsTitle")}
      head={[
        { label: t("colRequestedAt"), className: hideBelow.lg },
        t("colProspect"),
        { label: t("colMessage"), className: hideBelow.md },
        { label: t("colScoreAtRequest"), className: hideBelow.md },
        { label: t("colRequestStatus"), className: hideBelow.md },
        t("colDecision"),
      ]}
      empty={requests.length === 0 ? t("noRequests") : undefined}
    >
      {requests.map((r) => (
        <tr key={r.id} data-testid="extension-request-row" data-status={r.status}>
          <td className={`${cellClass} whitespace-nowrap ${hideBelow.lg}`}>{formatDateTime(locale, r.createdAt)}</td>
          <td className={`${cellClass} break-all`}>
            {linkDemo ? (
              <Link href={`/admin/demos/${r.organizationId}`} className="text-brand font-medium hover:underline">
                {r.requestedBy}
              </Link>
            ) : (
              r.requestedBy
            )}
            <span className="block text-xs text-slate-500">{r.organizationName}</span>
          </td>
          <td className={`${cellClass} max-w-xs break-words ${hideBelow.md}`}>{r.message ?? "—"}</td>
          <td className={`${cellClass} ${hideBelow.md}`}>
            <EngagementBadge locale={locale} score={r.engagementScore} />
          </td>
          <td className={`${cellClass} whitespace-nowrap ${hideBelow.md}`}>
            {t(statusKey[r.status as keyof typeof statusKey] ?? "statusPending")}
            {r.days ? <span className="block text-xs text-slate-500">+{r.days} d</span> : null}
          </td>
          <td className={cellClass}>
            {r.status === "pending" ? (
              <ExtensionRequestActions requestId={r.id} defaultDays={MORE_TIME_DAYS} />
            ) : (
              <span className="text-xs text-slate-600">
                {r.decidedBy ?? "—"} · {formatDateTime(locale, r.decidedAt)}
                {r.decisionNote ? <span className="block">{r.decisionNote}</span> : null}
              </span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
