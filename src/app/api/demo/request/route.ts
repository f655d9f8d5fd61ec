// POST /api/demo/request — create or reuse the caller's private demo (docs/rules.md#demo-request)
import { after, NextResponse } from "next/server";
import { formatDate } from "@/lib/format";
import { type Locale, getTranslator } from "@/lib/i18n";
import { demoRequestSchema } from "@/lib/validation";
import { type DemoRequestResult, requestDemo } from "@/server/demo/request-demo";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";
import { methodNotAllowed } from "@/server/security/request-policy";

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
    return NextResponse.json({ ...result.body, message: messageFor(result, locale) }, { status: result.status });
  },
  // The proxy skips this path (PATHS_WITHOUT_PROXY): its checks and headers are applied by apiRoute.
  { internalErrorCode: "demo_request_failed", withoutProxy: true },
);

/** Any other method on this path: 405 with `Allow: POST` (with the proxy's headers, as above). */
const refuseMethod = apiRoute(async (request) => methodNotAllowed(request, ["POST"]), { withoutProxy: true });
export const GET = refuseMethod;
export const PUT = refuseMethod;
export const PATCH = refuseMethod;
export const DELETE = refuseMethod;

/** The visitor-facing sentence for a demo request's outcome, in the request's language (`api.*` messages). */
function messageFor(result: DemoRequestResult, locale: Locale): string {
  const t = getTranslator(locale, "api");
  switch (result.outcome) {
    case "lead_captured":
      return t("leadCaptured");
    case "demo_created":
      return t("demoCreated");
    case "demo_exists":
      return t("demoAlreadyExists");
    case "demo_expired":
      return t("demoAlreadyExpired", { date: formatDate(locale, new Date(result.body.expiredAt ?? Date.now())) });
  }
}
