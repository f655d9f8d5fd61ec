import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { type Locale, getTranslator, resolveLocale } from "@/lib/i18n";
import { log } from "@/server/log";
import { DEMO_TENANT_HEADER, isDemoTenantId } from "@/server/observability/demo-tenant-header";
import { currentRequestContext, runWithRequestContext } from "@/server/observability/request-context";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/server/observability/request-id";
import { AppError } from "./app-error";
import { readJsonBody } from "./read-json-body";
import { errorResponse, fieldErrors } from "./respond";

export type ApiContext<P> = { params: P; locale: Locale };

/**
 * Wraps a route handler: resolves the request locale (cookie, then Accept-Language), and turns
 * anything thrown into the JSON error contract (`errorResponse`). Unknown errors answer 500 with a
 * generic message in that locale; the details go only to the log.
 * Observability (issue #5 §4): the handler runs in the request's log context — `requestId` (the
 * proxy's `x-request-id`), `method`, `path`, plus `organizationId`/`isDemo` once a tenant wrapper
 * binds them — so every log line of the request carries them; one "request completed" line gives
 * status and duration; and when the request acted for a demo organization, the response (errors
 * included) carries `X-Demo-Tenant: <organization id>`.
 * @param genericKey which `api.*` message a 500 carries.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (request: NextRequest, ctx: ApiContext<P>) => Promise<Response>,
  genericKey: "internalError" | "validationFailed" = "internalError",
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
      let response: Response;
      try {
        response = await handler(request, { params: await routeContext.params, locale });
      } catch (error) {
        response = errorResponse(error, locale, {
          internalErrorMessage: genericKey === "internalError" ? getTranslator(locale, "api")("internalError") : undefined,
        });
      }
      response = tagDemoTenant(response);
      log.info({ status: response.status, durationMs: Math.round(performance.now() - startedAt) }, "request completed");
      return response;
    });
  };
}

/** `response` with `X-Demo-Tenant` when the current request acted for a demo organization. */
function tagDemoTenant(response: Response): Response {
  const context = currentRequestContext();
  if (!context?.isDemo || !isDemoTenantId(context.organizationId)) return response;
  try {
    response.headers.set(DEMO_TENANT_HEADER, context.organizationId);
    return response;
  } catch {
    // Headers of some responses (Response.redirect, fetched ones) are immutable: copy them.
    const copy = new Response(response.body, response);
    copy.headers.set(DEMO_TENANT_HEADER, context.organizationId);
    return copy;
  }
}

/**
 * Reads a JSON body (≤ 8 KB) and validates it with `schema`.
 * @param localeOf picks the response locale from the raw body (e.g. its `locale` field) when present.
 * @returns the parsed data and the locale to answer in.
 * @throws AppError 400 (invalid_json, validation_failed with `fields`), 413, 415 — messages localized.
 */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  fallbackLocale: Locale,
): Promise<{ data: z.infer<S>; locale: Locale }> {
  const fallback = getTranslator(fallbackLocale, "api");
  const raw = await readJsonBody(request, {
    invalidJson: fallback("invalidJson"),
    payloadTooLarge: fallback("payloadTooLarge"),
    unsupportedMediaType: fallback("unsupportedMediaType"),
  });
  const requested = (raw as { locale?: unknown } | null)?.locale;
  const locale = typeof requested === "string" ? resolveLocale(requested, fallbackLocale) : fallbackLocale;
  const t = getTranslator(locale, "api");
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new AppError("validation_failed", t("validationFailed"), { details: { _: ["expected a JSON object"] } });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const fields = fieldErrors(result.error);
    const message = fields.email ? t("invalidEmail") : t("validationFailed");
    throw new AppError("validation_failed", message, { details: fields });
  }
  return { data: result.data, locale };
}
