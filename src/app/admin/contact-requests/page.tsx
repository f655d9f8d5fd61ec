import { AdminShell } from "@/components/admin/admin-shell";
import { ContactRequestsTable } from "@/components/sales/contact-requests-table";
import { getTranslator } from "@/lib/i18n";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { listContactRequests } from "@/server/sales/list-contact-requests";
import { requireAdmin } from "../_lib/require-admin";

// GET /admin/contact-requests — the newest "Hablar con ventas" requests (docs/sales.md#talk-to-sales).
export default async function AdminContactRequestsPage() {
  const admin = await requireAdmin("/admin/contact-requests");
  const locale = await getRequestLocale();
  const rows = await listContactRequests({ limit: 200 });
  return (
    <AdminShell locale={locale} section="contacts" adminEmail={admin.email} title={getTranslator(locale, "salesConsole")("contactsTitle")}>
      <ContactRequestsTable locale={locale} rows={rows} />
    </AdminShell>
  );
}
