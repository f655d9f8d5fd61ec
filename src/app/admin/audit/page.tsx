import Link from "next/link";
import { AdminShell } from "@/components/admin/admin-shell";
import { AuditTable } from "@/components/admin/audit-table";
import { flattenParams, type RawSearchParams } from "@/components/admin/format";
import { controlClass, labelClass, Pagination } from "@/components/admin/ui";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator } from "@/lib/i18n";
import { auditLogQuerySchema } from "@/lib/schemas/admin";
import { listAuditLog } from "@/server/admin/list-audit-log";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { requireAdmin } from "../_lib/require-admin";

// GET /admin/audit — the audit log of every lifecycle action, newest first, paginated.
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await requireAdmin("/admin/audit");
  const [raw, locale] = await Promise.all([searchParams, getRequestLocale()]);
  const t = getTranslator(locale, "admin");
  const params = flattenParams(raw);
  const { rows, total, page, pageSize } = await listAuditLog(auditLogQuerySchema.parse(params));
  const filterParams = { actor: params.actor ?? "", organizationId: params.organizationId ?? "" };

  return (
    <AdminShell locale={locale} section="audit" adminEmail={admin.email} title={t("auditTitle")}>
      <form
        method="get"
        action="/admin/audit"
        role="search"
        aria-label={t("filtersLabel")}
        className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label className={labelClass}>
          {t("colActor")}
          <input type="search" name="actor" defaultValue={filterParams.actor} placeholder="cron" className={`${controlClass} w-64`} />
        </label>
        {filterParams.organizationId ? <input type="hidden" name="organizationId" value={filterParams.organizationId} /> : null}
        <button type="submit" className={buttonStyles("primary", "md")}>
          {t("applyFilters")}
        </button>
        <Link href="/admin/audit" className={buttonStyles("ghost", "md")}>
          {t("clearFilters")}
        </Link>
      </form>
      <AuditTable locale={locale} rows={rows} />
      <Pagination locale={locale} basePath="/admin/audit" params={filterParams} page={page} pageSize={pageSize} total={total} />
    </AdminShell>
  );
}
