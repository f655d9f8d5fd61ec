import "server-only";
import type { NextRequest } from "next/server";
import { defaultLocale, getTranslator, type Locale, resolveLocale } from "@/lib/i18n";
import { AppError, type AppErrorCode } from "@/server/http/app-error";
import { BODY_READ_DEADLINE_MS, MAX_JSON_BODY_BYTES } from "@/server/http/read-json-body";
import { errorResponse } from "@/server/http/respond";
import { LOCALE_COOKIE } from "@/server/i18n/get-request-locale";
import { bodySizeProblem } from "./body-size";
import { nextAuthInputProblem } from "./next-auth-input";
import { isCrossOriginRequest } from "./same-origin";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function isApiPath(pathname: string) {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * The proxy's checks on API requests, before any route code runs:
 * - 404 `not_found` for a path with malformed percent-encoding ("/api/units/%zz"), which Next itself
 *   would answer with a bare 500 while decoding the route's params (unknown ids answer 404 anyway);
 * - on writes (POST/PUT/PATCH/DELETE, next-auth's routes included): 403 `forbidden` when a browser's
 *   `Origin` names another site (login CSRF, cross-site writes), then 413 `payload_too_large` for a
 *   body over 8 KB (the route handlers' own cap, extended to next-auth's routes, which have none) —
 *   from Content-Length when declared, before reading — and 408 `request_timeout` for a body that has
 *   not arrived within 10 s; both close the connection, whose unread body is not worth waiting for;
 * - on next-auth's routes, input next-auth answers with a 500 (`nextAuthInputProblem`): 415 or 400.
 * @returns the JSON error response (`{ error: { code, message } }`, localized by the `locale` cookie,
 *   then Accept-Language), or null to let the request through.
 */
export async function guardApiRequest(request: NextRequest): Promise<Response | null> {
  const { pathname } = request.nextUrl;
  if (!isApiPath(pathname)) return null;
  const locale = () => resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));

  if (!isDecodablePath(pathname)) return errorResponse(new AppError("not_found"), locale());
  if (STATE_CHANGING.has(request.method)) {
    if (isCrossOriginRequest(request.headers, request.nextUrl)) return refuse("forbidden", securityMessage(locale(), "originNotAllowed"));
    const bodyProblem = await bodySizeProblem(request, MAX_JSON_BODY_BYTES, BODY_READ_DEADLINE_MS);
    if (bodyProblem === "too_large") return closing(refuse("payload_too_large", securityMessage(locale(), "payloadTooLarge")));
    if (bodyProblem === "too_slow") return closing(errorResponse(new AppError("request_timeout"), locale()));
  }
  const problem = nextAuthInputProblem(request);
  if (problem === "form_required") return refuse("unsupported_media_type", securityMessage(locale(), "formRequired"));
  if (problem) return refuse("bad_request", securityMessage(locale(), "invalidRequest"));
  return null;
}

/** `response` with `Connection: close`, so the server drops the connection instead of draining a body. */
function closing(response: Response): Response {
  response.headers.set("Connection", "close");
  return response;
}

function refuse(code: AppErrorCode, message: string) {
  return errorResponse(new AppError(code, message), defaultLocale);
}

function securityMessage(locale: Locale, key: "originNotAllowed" | "payloadTooLarge" | "formRequired" | "invalidRequest") {
  return getTranslator(locale, "security")(key);
}

/** False when a path segment is not valid percent-encoded UTF-8. */
function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
