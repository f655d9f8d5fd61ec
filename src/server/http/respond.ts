import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import type { Locale } from "@/lib/i18n";
import { isDatabaseUnavailable } from "@/server/db/is-database-unavailable";
import { log } from "@/server/log";
import { AppError, type AppErrorCode } from "./app-error";
import { errorMessage } from "./error-message";

/** JSON error body every API answers with: `{ error: { code, message, fields? } }`. */
export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

/**
 * The HTTP boundary for errors (docs/architecture.md, "Errors"): maps any thrown value to the JSON
 * error contract. AppError → its code's status (`statusByCode`), its public code (`publicCodeOf`) and
 * its code's message in `locale` (`errors.<code>` with the error's `params`); ZodError → 400
 * `validation_failed` with field problem codes; Prisma P2025 → 404, P2002 and P2034 → 409; the database
 * unreachable (`isDatabaseUnavailable`) → 503 `database_unavailable` with Retry-After
 * DATABASE_RETRY_AFTER_S; anything else → 500 with a generic message, the details only in the log
 * (never a stack trace in the body).
 * @param options.internalErrorCode the code whose message a 500 carries, when a route has a more
 *   specific one (e.g. `demo_request_failed`).
 */
export function errorResponse(error: unknown, locale: Locale, options: { internalErrorCode?: AppErrorCode } = {}): NextResponse<ErrorBody> {
  let appError = toAppError(error);
  if (appError.code === "internal_error") {
    log.error({ err: error }, "unhandled error");
    if (options.internalErrorCode) appError = new AppError(options.internalErrorCode);
  } else if (appError.publicCode !== appError.code) {
    log.info({ errorCode: appError.code, status: appError.status }, "request refused");
  }
  const headers = new Headers();
  if (appError.retryAfterSeconds !== undefined) headers.set("Retry-After", String(appError.retryAfterSeconds));
  return NextResponse.json(
    {
      error: {
        code: appError.publicCode,
        message: errorMessage(appError, locale),
        ...(appError.details ? { fields: appError.details } : {}),
      },
    },
    { status: appError.status, headers },
  );
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
