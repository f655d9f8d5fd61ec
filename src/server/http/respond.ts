import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { getTranslator, type Locale } from "@/lib/i18n";
import { isDatabaseUnavailable } from "@/server/db/is-database-unavailable";
import { log } from "@/server/log";
import { AppError } from "./app-error";

/** JSON error body every API answers with: `{ error: { code, message, fields? } }`. */
export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

/**
 * The HTTP boundary for errors (docs/architecture.md, "Errors"): maps any thrown value to the JSON
 * error contract. AppError → its code's status (`statusByCode`) and its code's message in `locale`
 * (`errors.<code>` with the error's `params`); ZodError → 400 `validation_failed` with field
 * messages; Prisma P2025 → 404, P2002 and P2034 → 409; the database unreachable (`isDatabaseUnavailable`) → 503
 * `database_unavailable` with Retry-After DATABASE_RETRY_AFTER_S; anything else → 500 with a generic message, the
 * details only in the log (never a stack trace in the body).
 * @param options.internalErrorMessage the text of a 500, when a route has a more specific one.
 */
export function errorResponse(error: unknown, locale: Locale, options: { internalErrorMessage?: string } = {}): NextResponse<ErrorBody> {
  const appError = toAppError(error);
  if (appError.code === "internal_error") log.error({ err: error }, "unhandled error");
  const headers = new Headers();
  if (appError.retryAfterSeconds !== undefined) headers.set("Retry-After", String(appError.retryAfterSeconds));
  const message =
    appError.code === "internal_error" && options.internalErrorMessage ? options.internalErrorMessage : errorMessage(appError, locale);
  return NextResponse.json(
    { error: { code: appError.code, message, ...(appError.details ? { fields: appError.details } : {}) } },
    { status: appError.status, headers },
  );
}

/** The person-facing text of `error` in `locale`: its code's catalogue entry (or a legacy text). */
export function errorMessage(error: AppError, locale: Locale): string {
  if (error.legacyMessage !== undefined) return error.legacyMessage;
  return getTranslator(locale, "errors")(error.code, error.params);
}

/** Retry-After (s) while the database is unreachable: a restart or failover usually takes seconds. */
const DATABASE_RETRY_AFTER_S = 5;

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError("validation_failed", { details: fieldErrors(error) });
  const prismaCode = (error as { code?: unknown } | null)?.code;
  if (prismaCode === "P2025") return new AppError("not_found");
  // P2034: a write conflict or deadlock that outlived the tenant transaction's retries.
  if (prismaCode === "P2002" || prismaCode === "P2034") return new AppError("conflict");
  if (isDatabaseUnavailable(error)) {
    log.warn({ err: error }, "database unavailable");
    return new AppError("database_unavailable", { retryAfterSeconds: DATABASE_RETRY_AFTER_S });
  }
  return new AppError("internal_error");
}

/** `{ "email": ["invalid_email"] }` from a ZodError (paths joined with "."). */
export function fieldErrors(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
