/** What a JSON POST answered: the HTTP status and the parsed body (`null` when it was not JSON). */
export type JsonResponse = { status: number; body: unknown };

/**
 * POSTs `payload` as JSON to a same-origin route. Resolves `null` on a network failure, so callers
 * can tell "the server said no" from "the server could not be reached".
 */
export async function postJson(url: string, payload: unknown): Promise<JsonResponse | null> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(payload),
    });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, body };
  } catch {
    return null;
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown } };

function asErrorBody(body: unknown): ErrorBody {
  return typeof body === "object" && body !== null ? (body as ErrorBody) : {};
}

/**
 * `error.message` of an `{ error: { code, message, fields? } }` body, if it has one. The server localizes
 * this message (a 400 for a bad email says "Escribe un correo válido…"); `fields` only carries codes such
 * as "invalid_email", never text for people.
 */
export function errorMessage(body: unknown): string | undefined {
  const message = asErrorBody(body).error?.message;
  return typeof message === "string" && message ? message : undefined;
}
