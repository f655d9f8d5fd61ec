import Link from "next/link";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { AuditEntry } from "@/server/admin/get-demo-detail";
import { formatDateTime, formatJson } from "./format";
import { auditActionLabel, cellClass, DataTable } from "./ui";

/** Audit entries (time, actor, action, demo, before → after); `organizationName` links the demo when given. */
export function AuditTable({ locale, rows }: { locale: Locale; rows: (AuditEntry & { organizationName?: string | null })[] }) {
  const t = getTranslator(locale, "admin");
  return (
    <DataTable
      caption={t("auditTitle")}
      head={[t("colTime"), t("colActor"), t("colAction"), t("colDemo"), t("colChange")]}
      empty={rows.length === 0 ? t("noAudit") : undefined}
    >
      {rows.map((entry) => (
        <tr key={entry.id} data-testid="audit-row">
          <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(locale, entry.createdAt)}</td>
          <td className={cellClass}>{entry.actor}</td>
          <td className={`${cellClass} font-medium whitespace-nowrap`}>{auditActionLabel(locale, entry.action)}</td>
          <td className={cellClass}>
            {entry.organizationId ? (
              <Link href={`/admin/demos/${entry.organizationId}`} className="text-brand hover:underline">
                {entry.leadEmail ?? entry.organizationName ?? entry.organizationId.slice(0, 8)}
              </Link>
            ) : (
              (entry.leadEmail ?? "—")
            )}
          </td>
          <td className={`${cellClass} font-mono text-xs text-slate-700`}>
            <span className="text-slate-500">{formatJson(entry.before)}</span>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {t("becomes")} </span>
            <span>{formatJson(entry.after)}</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
