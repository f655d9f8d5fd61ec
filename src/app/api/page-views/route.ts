import { pageViewSchema } from "@/lib/schemas/page-views";
import { parseJsonBody } from "@/server/http/api-route";
import { recordPageView } from "@/server/observability/record-page-view";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

// POST /api/page-views — the dashboard's beacon: the session's person opened a section of their demo
// (docs/rules.md#observability). 204; nothing is recorded for an organization that is not a demo.
export const POST = withDemoOrg(async (request, { organization, user }) => {
  const { data } = await parseJsonBody(request, pageViewSchema);
  if (organization.isDemo) await recordPageView({ organizationId: organization.id, section: data.section, actor: user.email });
  return new Response(null, { status: 204 });
});
