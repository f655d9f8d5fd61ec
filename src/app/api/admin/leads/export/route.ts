// GET /api/admin/leads/export — the leads matching the console's filters as a CSV download (sales console)
import Papa from "papaparse";
import { flattenParams, withDayRange } from "@/components/admin/format";
import { leadListQuerySchema } from "@/lib/schemas/admin";
import { listLeadExportRows } from "@/server/admin/list-lead-export-rows";
import { withAdmin } from "@/server/admin/with-admin";

export const GET = withAdmin(async (request) => {
  const params = flattenParams(Object.fromEntries(request.nextUrl.searchParams));
  const { rows, truncated } = await listLeadExportRows(leadListQuerySchema.parse(withDayRange(params)));
  const columns = [
    "email",
    "name",
    "funnel_stage",
    "lead_source",
    "profile",
    "scenario",
    "locale",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "referrer",
    "request_count",
    "demo_status",
    "demo_expires_at",
    "organization_id",
    "created_at",
    "updated_at",
  ];
  const csv = Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c as keyof typeof row])) });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}\r\n`, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="leads-${stamp}.csv"`,
      "Cache-Control": "no-store",
      ...(truncated ? { "X-Export-Truncated": "true" } : {}),
    },
  });
});
