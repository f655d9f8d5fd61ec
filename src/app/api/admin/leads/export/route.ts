// GET /api/admin/leads/export — the leads matching the console's filters as a CSV download (sales console)
import Papa from "papaparse";
import { flattenParams, withDayRange } from "@/components/admin/format";
import { leadExportQuerySchema } from "@/lib/schemas/admin";
import { leadExportColumns, listLeadExportRows } from "@/server/admin/list-lead-export-rows";
import { withAdmin } from "@/server/admin/with-admin";

export const GET = withAdmin(async (request) => {
  const params = flattenParams(Object.fromEntries(request.nextUrl.searchParams));
  const { rows, truncated } = await listLeadExportRows(leadExportQuerySchema.parse(withDayRange(params)));
  const csv = Papa.unparse({ fields: [...leadExportColumns], data: rows.map((row) => leadExportColumns.map((c) => row[c])) });
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
