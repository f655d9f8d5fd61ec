// POST /api/demo/request — create or reuse the caller's private demo (docs/rules.md#demo-request)
import { after, NextResponse } from "next/server";
import { demoRequestSchema } from "@/lib/validation";
import { requestDemo } from "@/server/demo/request-demo";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";

export const POST = apiRoute(
  async (request) => {
    const { data, locale } = await parseJsonBody(request, demoRequestSchema);
    const result = await requestDemo({
      ...data,
      ip: clientIp(request.headers),
      userAgent: request.headers.get("user-agent") ?? undefined,
      locale,
    });
    if (result.deliver) after(result.deliver);
    return NextResponse.json(result.body, { status: result.status });
  },
  { internalErrorCode: "demo_request_failed" },
);
