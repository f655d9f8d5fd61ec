// GET /api/assemblies/[assemblyId]/minutes.pdf — the closed assembly's minutes (acta) as a PDF
import { getMinutesForDownload } from "@/server/assemblies/get-minutes";
import { renderMinutesPdf } from "@/server/assemblies/minutes-pdf";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg<{ assemblyId: string }>(async (_request, { transaction, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const { minutes, title, fileStem } = await transaction((tenant) =>
    getMinutesForDownload(tenant, { assemblyId, format: "pdf", actor: user.email }),
  );
  const pdf = await renderMinutesPdf(minutes, { title });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileStem}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
});
