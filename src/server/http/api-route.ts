import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { type Locale, getTranslator, resolveLocale } from "@/lib/i18n";
import { AppError } from "./app-error";
import { readJsonBody } from "./read-json-body";
import { errorResponse, fieldErrors } from "./respond";

export type ApiContext<P> = { params: P; locale: Locale };

/**
 * Wraps a route handler: resolves the request locale (cookie, then Accept-Language), and turns
 * anything thrown into the JSON error contract (`errorResponse`). Unknown errors answer 500 with a
 * generic message in that locale; the details go only to the log.
 * @param genericKey which `api.*` message a 500 carries.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (request: NextRequest, ctx: ApiContext<P>) => Promise<Response>,
  genericKey: "internalError" | "validationFailed" = "internalError",
) {
  return async (request: NextRequest, routeContext: { params: Promise<P> }): Promise<Response> => {
    const locale = resolveLocale(request.cookies.get("locale")?.value, request.headers.get("accept-language"));
    try {
      return await handler(request, { params: await routeContext.params, locale });
    } catch (error) {
      const t = getTranslator(locale, "api");
      return errorResponse(error, genericKey === "internalError" ? t("internalError") : getTranslator(locale, "common")("genericError"), t("validationFailed"));
    }
  };
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
