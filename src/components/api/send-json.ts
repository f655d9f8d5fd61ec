/** What a JSON API answered: the HTTP status and the parsed body (`null` when it had none or was not JSON). */
export type ApiResponse = { status: number; body: unknown };

/** The parts of the API's error body (`{ error: { code, message, fields? } }`) a form uses. */
export type ApiError = { code?: string; message?: string; fields?: Record<string, string[]> };

/**
 * The one way the browser calls the app's JSON API: sends `payload` (if any) as JSON to a same-origin
 * route — or reads one with `GET` — and parses the answer. Resolves `null` on a network failure, so
 * callers can tell "the server said no" from "the server could not be reached".
 * @param options.keepalive let the request outlive the page (a beacon sent as the person leaves).
 */
export async function sendJson(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
  options: { keepalive?: boolean } = {},
): Promise<ApiResponse | null> {
  try {
    const response = await fetch(url, {
      method,
      headers: { Accept: "application/json", ...(payload === undefined ? {} : { "Content-Type": "application/json" }) },
      body: payload === undefined ? undefined : JSON.stringify(payload),
      keepalive: options.keepalive,
    });
    const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    return { status: response.status, body };
  } catch {
    return null;
  }
}

/** Whether the API did what was asked: a 2xx answer. */
export function isSuccess(response: ApiResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** The `error` object of an API error body, keeping only well-typed parts. */
export function readApiError(body: unknown): ApiError {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== "object" || error === null) return {};
  const { code, message, fields } = error as Record<string, unknown>;
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" && message ? message : undefined,
    fields: isFieldMap(fields) ? fields : undefined,
  };
}

function isFieldMap(value: unknown): value is Record<string, string[]> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((codes) => Array.isArray(codes) && codes.every((c) => typeof c === "string"))
  );
}

/**
 * `error.message` of an `{ error: { code, message, fields? } }` body, if it has one. The server words
 * it in the request's language (a 400 for a bad email says "Escribe un correo válido…"); `fields` only
 * carries codes such as "invalid_email", never text for people.
 */
export function errorMessage(body: unknown): string | undefined {
  return readApiError(body).message;
}
