import Link from "next/link";
import { formatDateTime } from "@/components/admin/format";
import { cellClass, DataTable } from "@/components/admin/ui";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { ContactRequestRow } from "@/server/sales/list-contact-requests";

/**
 * "Hablar con ventas" requests in the sales console (docs/sales.md#talk-to-sales): when, who, from where,
 * the message, phone and preferred time, and the demo (linked) when the request came from one.
 */
export function ContactRequestsTable({ locale, rows, showDemo = true }: { locale: Locale; rows: ContactRequestRow[]; showDemo?: boolean }) {
  const t = getTranslator(locale, "salesConsole");
  const head = [t("colTime"), t("colEmail"), t("colSource"), t("colMessage"), t("colPhone"), t("colPreferredTime")];
  return (
    <DataTable
      caption={t("contactsTitle")}
      head={showDemo ? [...head, t("colDemo")] : head}
      empty={rows.length === 0 ? t("noContacts") : undefined}
    >
      {rows.map((row) => (
        <tr key={row.id} data-testid="contact-request-row">
          <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(locale, row.createdAt)}</td>
          <td className={cellClass}>
            {row.email}
            {row.name ? <span className="block text-xs text-slate-600">{row.name}</span> : null}
          </td>
          <td className={cellClass}>{t(`source_${row.source as "chatbot"}`)}</td>
          <td className={`${cellClass} max-w-md whitespace-pre-line`}>{row.message}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{row.phone ?? "—"}</td>
          <td className={cellClass}>{row.preferredTime ? t(`time_${row.preferredTime as "any"}`) : "—"}</td>
          {showDemo ? (
            <td className={cellClass}>
              {row.organizationId ? (
                <Link href={`/admin/demos/${row.organizationId}`} className="text-brand hover:underline">
                  {row.organizationName ?? row.organizationId}
                </Link>
              ) : (
                t("noDemo")
              )}
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
