// GET /api/units — one page of the session organization's units, searched and filtered
import { NextResponse } from "next/server";
import { unitListQuerySchema } from "@/lib/schemas/units";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";
import { listUnits } from "@/server/units/list-units";

export const GET = withDemoOrg(async (request, { transaction }) => {
  // A ZodError answers 400 with `fields` (see errorResponse).
  const query = unitListQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json(await transaction((tenant) => listUnits(tenant, query)));
});
