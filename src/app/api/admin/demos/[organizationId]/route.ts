// GET /api/admin/demos/[organizationId] — one demo as JSON for the sales team: row, prospect, lead, engagement, requests for more time
import { NextResponse } from "next/server";
import { getDemoDetail } from "@/server/admin/get-demo-detail";
import { withAdmin } from "@/server/admin/with-admin";
import { getDemoEngagement } from "@/server/engagement/get-demo-engagement";
import { AppError } from "@/server/http/app-error";
import { parseRouteId } from "@/server/http/parse-route-id";

export const GET = withAdmin<{ organizationId: string }>(async (_request, { params }) => {
  const organizationId = parseRouteId(params.organizationId, "demo_not_found");
  const detail = await getDemoDetail(organizationId);
  if (!detail) throw new AppError("demo_not_found");
  const engagement = await getDemoEngagement(organizationId);
  const { demo, user, lead, limits, content, featureUsage, notifications } = detail;
  return NextResponse.json(
    { demo, user, lead, limits, content, featureUsage, notifications, ...engagement },
    { headers: { "Cache-Control": "no-store" } },
  );
});
