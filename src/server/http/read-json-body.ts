import "server-only";
import { AppError } from "./app-error";

/** Largest JSON body accepted by any POST, in bytes (docs/rules.md#security: 413 for a body over 8 KB). */
export const MAX_JSON_BODY_BYTES = 8 * 1024;

/**
 * Longest the whole body may take to arrive, in milliseconds: a client that declares a body and sends
 * it slowly (or never) is answered 408 instead of holding a connection (docs/security.md "Bodies").
 */
export const BODY_READ_DEADLINE_MS = 10_000;

/**
 * Reads and parses a JSON request body without ever buffering more than `maxBytes`, within
 * `deadlineMs`.
 * @returns the parsed value (unknown: validate it with zod next).
 * @throws AppError("payload_too_large") over `maxBytes` (by Content-Length or by the bytes actually
 *   read, the declared length checked before reading anything); AppError("request_timeout") — 408 —
 *   when the body has not fully arrived within `deadlineMs`; AppError("unsupported_media_type") when
 *   Content-Type is present and not JSON;
 *   AppError("invalid_json") for an empty or malformed body.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES, deadlineMs = BODY_READ_DEADLINE_MS): Promise<unknown> {
  const contentType = request.headers.get("content-type");
  if (contentType && !/^application\/([\w.+-]*\+)?json\b/i.test(contentType) && !/^text\/plain\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type");
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError("payload_too_large");

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError("request_timeout")), deadlineMs);
    });
    try {
      for (;;) {
        const { done, value } = await Promise.race([reader.read(), deadline]);
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) throw new AppError("payload_too_large");
        chunks.push(value);
      }
    } catch (error) {
      // Not awaited: a stalled client's stream may never finish cancelling.
      reader.cancel().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_json");
  }
}
