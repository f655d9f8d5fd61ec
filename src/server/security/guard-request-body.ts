import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { resolveLocale } from "@/lib/i18n";
import { AppError } from "@/server/http/app-error";
import { errorMessage } from "@/server/http/error-message";
import { BODY_READ_DEADLINE_MS, MAX_JSON_BODY_BYTES } from "@/server/http/read-json-body";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";
import { setSecurityHeaders } from "./security-headers";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Guards one request's body at the Node HTTP server, before Next.js reads it (Next buffers a body
 * completely before its proxy or any route runs, so a client that lies about its body would otherwise
 * hold a connection until Node's own 5-minute request timeout):
 * - an API write (POST/PUT/PATCH/DELETE under /api) whose declared Content-Length is over 8 KB is
 *   answered 413 `payload_too_large` at once, before a byte of it is read;
 * - any request whose body has not fully arrived within 10 s (`BODY_READ_DEADLINE_MS`) is answered 408
 *   `request_timeout`.
 * Both answers are the app's JSON error (`{ error: { code, message } }`, in the `locale` cookie's or
 * Accept-Language's language) with the security headers and `Connection: close`, and the connection
 * is then closed (docs/security.md "Bodies").
 * @param request, response the server's objects for this request (Node's diagnostics channel).
 */
export function guardRequestBody(request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const isApi = path === "/api" || path.startsWith("/api/");
  const declared = Number(request.headers["content-length"]);
  if (isApi && STATE_CHANGING.has(request.method ?? "") && Number.isFinite(declared) && declared > MAX_JSON_BODY_BYTES) {
    refuse(request, response, "payload_too_large");
    return;
  }
  const hasBody = (Number.isFinite(declared) && declared > 0) || request.headers["transfer-encoding"] !== undefined;
  if (!hasBody) return;
  const timer = setTimeout(() => {
    if (!request.complete) refuse(request, response, "request_timeout");
  }, BODY_READ_DEADLINE_MS);
  timer.unref();
  request.once("end", () => clearTimeout(timer));
  request.once("close", () => clearTimeout(timer));
}

/** Answers `code` (its status from `statusByCode`, its message from the catalogue) and closes the connection. */
function refuse(request: IncomingMessage, response: ServerResponse, code: "request_timeout" | "payload_too_large") {
  if (response.headersSent || response.destroyed) return;
  const cookie = /(?:^|;\s*)locale=([^;]*)/.exec(request.headers.cookie ?? "")?.[1];
  const locale = resolveLocale(cookie, request.headers["accept-language"]);
  const error = new AppError(code);
  const body = JSON.stringify({ error: { code: error.publicCode, message: errorMessage(error, locale) } });
  const headers = new Headers({ "Content-Type": "application/json", Connection: "close" });
  setSecurityHeaders(headers, { csp: contentSecurityPolicy({ nonce: createNonce(), development: false, https: false }), hsts: false });
  response.writeHead(error.status, Object.fromEntries(headers));
  // Whatever Next.js writes later goes nowhere: the connection is closed once this answer is out.
  response.end(body, () => request.socket.destroy());
}
