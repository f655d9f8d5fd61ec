import "server-only";
import type { NextRequest } from "next/server";
import { isNextAuthCallbackUrl } from "./auth-cookies";

/** The app's own route handlers under /api/auth; everything else there is next-auth's catch-all. */
const APP_AUTH_ROUTES = /^\/api\/auth\/otp(?:\/|$)/;
/** next-auth's credentials providers (src/server/auth/auth-options.ts): they only take POST callbacks. */
const CREDENTIALS_PROVIDER_IDS = ["otp"];

export type NextAuthInputProblem = "form_required" | "invalid_parameter" | "callback_method";

/** next-auth's error codes ("CredentialsSignin", "Configuration", …). */
const ERROR_CODE = /^[\w-]{0,100}$/;

/** True for paths next-auth's catch-all (src/app/api/auth/[...nextauth]) answers. */
export function isNextAuthPath(pathname: string) {
  return pathname.startsWith("/api/auth/") && !APP_AUTH_ROUTES.test(pathname);
}

/**
 * Input next-auth 4 cannot handle and answers with a 500 (found by tests/fuzz.api.test.ts):
 * - "form_required": a POST whose Content-Type is not a form (next-auth's own client only posts
 *   forms); with `application/json` next-auth calls `req.json()` unguarded, so a malformed body or a
 *   non-string `callbackUrl` throws.
 * - "invalid_parameter": a `callbackUrl` query value that is neither a path nor an absolute http(s) URL
 *   (next-auth's config assertion refuses it with "There is a problem with the server configuration",
 *   500, on every /api/auth/* route, session included — a hostile callback-url cookie is dropped
 *   before this check, `hostileAuthCookies`); or an error code
 *   (`/api/auth/error?error=…`, `/api/auth/error/…`) that is not a plain word, which next-auth copies
 *   unencoded into a Location header, so non-Latin-1 characters or CR/LF throw.
 * - "callback_method": a non-POST to a credentials provider's callback, which next-auth answers
 *   "Callback for provider type credentials not supported" (500).
 * @returns the problem, or null when next-auth can take the request (or the path is not next-auth's).
 */
export function nextAuthInputProblem(request: NextRequest): NextAuthInputProblem | null {
  const { pathname, searchParams } = request.nextUrl;
  if (!isNextAuthPath(pathname)) return null;
  const contentType = request.headers.get("content-type");
  if (request.method === "POST" && contentType !== null && !/^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(contentType)) {
    return "form_required";
  }
  if (searchParams.getAll("callbackUrl").some((value) => value && !isNextAuthCallbackUrl(value))) return "invalid_parameter";
  if (pathname === "/api/auth/error" || pathname.startsWith("/api/auth/error/")) {
    const errorCodes = [...searchParams.getAll("error"), safeDecode(pathname.slice("/api/auth/error/".length))];
    if (errorCodes.some((code) => !ERROR_CODE.test(code))) return "invalid_parameter";
  }
  if (request.method !== "POST" && CREDENTIALS_PROVIDER_IDS.some((id) => pathname === `/api/auth/callback/${id}`)) return "callback_method";
  return null;
}

/** `decodeURIComponent`, or the raw text when it is not valid percent-encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
