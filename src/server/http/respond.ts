import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { log } from "@/server/log";
import { AppError } from "./app-error";

/** JSON error body every API answers with: `{ error: { code, message, fields? } }`. */
export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

/**
 * Maps any thrown value to a JSON error response (STYLE.md "Errors and validation"): AppError by its
 * code; ZodError → 400 with field messages; Prisma P2025 → 404, P2002 → 409; anything else → 500 with
 * `genericMessage`, the details only in the log.
 */
export function errorResponse(error: unknown, genericMessage: string, fallbackValidationMessage = genericMessage): NextResponse<ErrorBody> {
  const appError = toAppError(error, genericMessage, fallbackValidationMessage);
  if (appError.code === "internal_error") log.error({ err: error }, "unhandled error");
  const headers = new Headers();
  if (appError.retryAfterSeconds !== undefined) headers.set("Retry-After", String(appError.retryAfterSeconds));
  return NextResponse.json(
    { error: { code: appError.code, message: appError.message, ...(appError.details ? { fields: appError.details } : {}) } },
    { status: appError.status, headers },
  );
}

function toAppError(error: unknown, genericMessage: string, validationMessage: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("validation_failed", validationMessage, { details: fieldErrors(error) });
  }
  const prismaCode = (error as { code?: unknown } | null)?.code;
  if (prismaCode === "P2025") return new AppError("not_found", "Not found");
  if (prismaCode === "P2002") return new AppError("conflict", "Conflict");
  return new AppError("internal_error", genericMessage);
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
