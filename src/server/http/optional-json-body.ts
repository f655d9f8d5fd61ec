import "server-only";
import type { z } from "zod";
import { parseJsonBody } from "./api-route";

/**
 * Like `parseJsonBody`, for endpoints whose body is optional: a request without a body (no
 * Content-Length, or 0, and no stream) reads as `{}` and is validated like one.
 * @throws as `parseJsonBody`.
 */
export async function parseOptionalJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const length = request.headers.get("content-length");
  if (!request.body || length === "0") return schema.parse({});
  return (await parseJsonBody(request, schema)).data;
}
