// DELETE /api/share-links/[shareLinkId] — revoke one of the session demo's share links (docs/sales.md#share-links)
import { NextResponse } from "next/server";
import { parseRouteId } from "@/server/http/parse-route-id";
import { revokeShareLink } from "@/server/sales/share-links";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const DELETE = withDemoOrg<{ shareLinkId: string }>(async (_request, { params, transaction }) => {
  const id = parseRouteId(params.shareLinkId, "share_link_not_found");
  const link = await transaction((tenant) => revokeShareLink(tenant, id));
  return NextResponse.json(link);
});
