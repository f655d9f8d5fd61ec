import "server-only";
import type { NextRequest } from "next/server";
import { resolveLocale } from "@/lib/i18n";
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
  const refuse = (code: AppErrorCode) =>
    errorResponse(new AppError(code), resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")));

  if (!isDecodablePath(pathname)) return refuse("not_found");
  if (STATE_CHANGING.has(request.method)) {
    if (isCrossOriginRequest(request.headers, request.nextUrl)) return refuse("origin_not_allowed");
    const bodyProblem = await bodySizeProblem(request, MAX_JSON_BODY_BYTES, BODY_READ_DEADLINE_MS);
    if (bodyProblem === "too_large") return closing(refuse("body_too_large"));
    if (bodyProblem === "too_slow") return closing(refuse("request_timeout"));
  }
  const problem = nextAuthInputProblem(request);
  if (problem === "form_required") return refuse("form_required");
  if (problem) return refuse("bad_request");
  return null;
}

/** `response` with `Connection: close`, so the server drops the connection instead of draining a body. */
function closing(response: Response): Response {
  response.headers.set("Connection", "close");
  return response;
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
