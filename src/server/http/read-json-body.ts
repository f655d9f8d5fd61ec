import "server-only";
import { AppError } from "./app-error";

/** Largest JSON body accepted by any POST, in bytes (docs/rules.md#security: 413 for a body over 8 KB). */
export const MAX_JSON_BODY_BYTES = 8 * 1024;

/**
 * Reads and parses a JSON request body without ever buffering more than `maxBytes`.
 * @returns the parsed value (unknown: validate it with zod next).
 * @throws AppError("payload_too_large") over `maxBytes` (by Content-Length or by the bytes actually
 *   read); AppError("unsupported_media_type") when Content-Type is present and not JSON;
 *   AppError("invalid_json") for an empty or malformed body.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
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
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new AppError("payload_too_large");
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_json");
  }
}
