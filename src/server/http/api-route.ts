import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { type Locale, defaultLocale, resolveLocale } from "@/lib/i18n";
import { log } from "@/server/log";
import { DEMO_TENANT_HEADER, isDemoTenantId } from "@/server/observability/demo-tenant-header";
import { currentRequestContext, runWithRequestContext } from "@/server/observability/request-context";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/server/observability/request-id";
import { AppError, type AppErrorCode } from "./app-error";
import { readJsonBody } from "./read-json-body";
import { errorResponse, fieldErrors } from "./respond";
import { finishWithoutProxy, refuseWithoutProxy } from "./without-proxy";
import { responseLocale, runWithResponseLocale, setResponseLocale } from "./response-locale";

export type ApiContext<P> = { params: P; locale: Locale };

/**
 * Wraps a route handler: resolves the request locale (cookie, then Accept-Language), and turns
 * anything thrown into the JSON error contract (`errorResponse`), worded in the request's answering
 * language (`response-locale.ts`: that locale, refined by `withDemoOrg` or a body's `locale`). Unknown
 * errors answer 500 with a generic message; the details go only to the log.
 * Observability (docs/rules.md#observability): the handler runs in the request's log context — `requestId` (the
 * proxy's `x-request-id`), `method`, `path`, plus `organizationId`/`isDemo` once a tenant wrapper
 * binds them — so every log line of the request carries them; one "request completed" line gives
 * status and duration; and when the request acted for a demo organization, the response (errors
 * included) carries `X-Demo-Tenant: <organization id>`.
 * @param options.internalErrorCode the code whose message a 500 carries (default `internal_error`).
 * @param options.withoutProxy for a route in `PATHS_WITHOUT_PROXY` (the proxy skips it): the proxy's
 *   refusals and headers are applied here instead (`without-proxy.ts`).
 */
export function apiRoute<P = Record<string, never>>(
  handler: (request: NextRequest, ctx: ApiContext<P>) => Promise<Response>,
  options: { internalErrorCode?: AppErrorCode; withoutProxy?: boolean } = {},
) {
  return async (request: NextRequest, routeContext: { params: Promise<P> }): Promise<Response> => {
    const startedAt = performance.now();
    const logContext = {
      requestId: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)),
      method: request.method,
      path: request.nextUrl.pathname,
    };
    return runWithRequestContext(logContext, async () => {
      const locale = resolveLocale(request.cookies.get("locale")?.value, request.headers.get("accept-language"));
      const refusal = options.withoutProxy ? await refuseWithoutProxy(request) : null;
      let response: Response =
        refusal ??
        (await runWithResponseLocale(locale, async () => {
          try {
            return await handler(request, { params: await routeContext.params, locale });
          } catch (error) {
            return errorResponse(error, responseLocale(locale), options);
          }
        }));
      response = withHeaders(response, (headers) => {
        tagDemoTenant(headers);
        if (options.withoutProxy) finishWithoutProxy(request, headers, logContext.requestId);
      });
      log.info({ status: response.status, durationMs: Math.round(performance.now() - startedAt) }, "request completed");
      return response;
    });
  };
}

/** Sets `X-Demo-Tenant` when the current request acted for a demo organization. */
function tagDemoTenant(headers: Headers): void {
  const context = currentRequestContext();
  if (context?.isDemo && isDemoTenantId(context.organizationId)) headers.set(DEMO_TENANT_HEADER, context.organizationId);
}

/** `response` after `change(headers)`; on a copy when its headers are immutable (Response.redirect, fetched ones). */
function withHeaders(response: Response, change: (headers: Headers) => void): Response {
  try {
    change(response.headers);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    change(copy.headers);
    return copy;
  }
}

/**
 * Reads a JSON body (≤ 8 KB) and validates it with `schema`. A string `locale` field in the body
 * ("es" | "en") becomes the request's answering language (errors included) from here on.
 * @returns the parsed data and the request's answering language (for text the route renders itself).
 * @throws AppError 400 (`invalid_json`; `validation_failed` with `fields`, or `invalid_email` when
 *   the `email` field is the problem), 413, 415.
 */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.infer<S>; locale: Locale }> {
  const raw = await readJsonBody(request);
  const requested = (raw as { locale?: unknown } | null)?.locale;
  if (typeof requested === "string") setResponseLocale(resolveLocale(requested, responseLocale(defaultLocale)));
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new AppError("validation_failed", { details: { _: ["expected a JSON object"] } });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const fields = fieldErrors(result.error);
    throw new AppError(fields.email ? "invalid_email" : "validation_failed", { details: fields });
  }
  return { data: result.data, locale: responseLocale(defaultLocale) };
}
