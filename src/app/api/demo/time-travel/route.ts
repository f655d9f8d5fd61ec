import { NextResponse } from "next/server";
import { timeTravelSchema } from "@/lib/schemas/time-travel";
import { advanceContentClock } from "@/server/content-clock/advance-content-clock";
import { parseJsonBody } from "@/server/http/api-route";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

// POST /api/demo/time-travel {days} — moves the session demo's content clock forward (dues, due
// assemblies, reminders); the demo's own expiry does not move. 400 bad days, 403 not a demo, 409 past the limit.
export const POST = withDemoOrg(async (request, { transaction, user }) => {
  const { data } = await parseJsonBody(request, timeTravelSchema);
  return NextResponse.json(
    await transaction((tenant) => advanceContentClock(tenant, { days: data.days, actor: user.email, now: new Date() })),
  );
});
