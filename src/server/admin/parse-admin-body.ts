import "server-only";
import type { z } from "zod";
import { parseJsonBody } from "@/server/http/api-route";
import { AppError } from "@/server/http/app-error";
import { fieldErrors } from "@/server/http/respond";

/**
 * The JSON body of a sales action, validated with `schema`. Actions whose fields are all optional
 * (terminate, reset, convert, re-issue) may be POSTed without a body: it then counts as `{}`.
 * @returns the parsed data.
 * @throws AppError 400 (invalid_json, validation_failed with `fields`), 413, 415 — as `parseJsonBody`.
 */
export async function parseAdminBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const empty = request.body === null || request.headers.get("content-length") === "0";
  if (!empty) return (await parseJsonBody(request, schema)).data;
  const result = schema.safeParse({});
  if (!result.success) throw new AppError("validation_failed", { details: fieldErrors(result.error) });
  return result.data;
}
