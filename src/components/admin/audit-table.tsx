import Link from "next/link";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { AuditEntry } from "@/server/admin/get-demo-detail";
import { formatDateTime } from "./format";
import { describeData } from "./labels";
import { auditActionLabel, cellClass, DataTable, demoStatusLabel, hideBelow } from "./ui";

/** Audit entries (time, actor, action, demo, before → after); `organizationName` links the demo when given. */
export function AuditTable({ locale, rows }: { locale: Locale; rows: (AuditEntry & { organizationName?: string | null })[] }) {
  const t = getTranslator(locale, "admin");
  const status = (code: string) => demoStatusLabel(locale, code);
  return (
    <DataTable
      caption={t("auditTitle")}
      head={[
        { label: t("colTime"), className: hideBelow.md },
        { label: t("colActor"), className: hideBelow.lg },
        t("colAction"),
        t("colDemo"),
        t("colChange"),
      ]}
      empty={rows.length === 0 ? t("noAudit") : undefined}
    >
      {rows.map((entry) => (
        <tr key={entry.id} data-testid="audit-row">
          <td className={`${cellClass} whitespace-nowrap ${hideBelow.md}`}>{formatDateTime(locale, entry.createdAt)}</td>
          <td className={`${cellClass} break-all ${hideBelow.lg}`}>{entry.actor}</td>
          <td className={`${cellClass} font-medium whitespace-nowrap`}>{auditActionLabel(locale, entry.action)}</td>
          <td className={`${cellClass} break-all ${hideBelow.md}`}>
            {entry.organizationId ? (
              <Link href={`/admin/demos/${entry.organizationId}`} className="text-brand hover:underline">
                {entry.leadEmail ?? entry.organizationName ?? entry.organizationId.slice(0, 8)}
              </Link>
            ) : (
              (entry.leadEmail ?? "—")
            )}
          </td>
          <td className={`${cellClass} text-xs [overflow-wrap:anywhere] text-slate-700`}>
            <span className="text-slate-500">{describeData(locale, entry.before, status)}</span>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {t("becomes")} </span>
            <span>{describeData(locale, entry.after, status)}</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
