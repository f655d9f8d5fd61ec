// GET /api/assemblies/[assemblyId]/minutes.txt — the closed assembly's minutes (acta) as plain text
import { getMinutesForDownload } from "@/server/assemblies/get-minutes";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg<{ assemblyId: string }>(async (_request, { transaction, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const { minutes, fileStem } = await transaction((tenant) =>
    getMinutesForDownload(tenant, { assemblyId, format: "txt", actor: user.email }),
  );
  return new Response(minutes, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileStem}.txt"`,
      "Cache-Control": "private, no-store",
    },
  });
});
