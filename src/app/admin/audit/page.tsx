import { AdminShell } from "@/components/admin/admin-shell";
import { AuditTable } from "@/components/admin/audit-table";
import { type RawSearchParams } from "@/components/admin/format";
import { ConsoleFilters, Pagination } from "@/components/admin/ui";
import { inputFilter } from "@/components/ui/filter-form";
import { getTranslator } from "@/lib/i18n";
import { auditLogQuerySchema } from "@/lib/schemas/admin";
import { listAuditLog } from "@/server/admin/list-audit-log";
import { openConsolePage } from "../_lib/require-admin";

// GET /admin/audit — the audit log of every lifecycle action, newest first, paginated.
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { admin, locale, params } = await openConsolePage("/admin/audit", searchParams);
  const t = getTranslator(locale, "admin");
  const { rows, total, page, pageSize } = await listAuditLog(auditLogQuerySchema.parse(params));
  const filterParams = { actor: params.actor ?? "", organizationId: params.organizationId ?? "" };

  return (
    <AdminShell locale={locale} section="audit" adminEmail={admin.email} title={t("auditTitle")}>
      <ConsoleFilters
        locale={locale}
        path="/admin/audit"
        fields={[
          inputFilter("search", "actor", t("colActor"), filterParams.actor, { placeholder: "cron", controlClassName: "w-64" }),
          { name: "organizationId", type: "hidden", label: "", value: filterParams.organizationId },
        ]}
      />
      <AuditTable locale={locale} rows={rows} />
      <Pagination locale={locale} basePath="/admin/audit" params={filterParams} page={page} pageSize={pageSize} total={total} />
    </AdminShell>
  );
}
