import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/admin-shell";
import { LeadPanels } from "@/components/admin/lead-panels";
import { getTranslator } from "@/lib/i18n";
import { getLeadDetail } from "@/server/admin/get-lead-detail";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { requireAdmin } from "../../_lib/require-admin";

// GET /admin/leads/[leadId] — one lead, with or without a demo: facts, authorization, history and erasure on request.
export default async function AdminLeadPage({ params }: { params: Promise<{ leadId: string }> }) {
  const { leadId } = await params;
  const admin = await requireAdmin(`/admin/leads/${encodeURIComponent(leadId)}`);
  const [lead, locale] = await Promise.all([getLeadDetail(leadId), getRequestLocale()]);
  if (!lead) notFound();
  const t = getTranslator(locale, "admin");
  return (
    <AdminShell locale={locale} section="leads" adminEmail={admin.email} title={lead.email}>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/admin" className="text-brand hover:underline">
          ← {t("leadsTitle")}
        </Link>
        {lead.organizationId ? (
          <Link href={`/admin/demos/${lead.organizationId}`} className="text-brand hover:underline">
            {t("colDemo")} →
          </Link>
        ) : null}
      </p>
      <LeadPanels locale={locale} lead={lead} />
    </AdminShell>
  );
}
