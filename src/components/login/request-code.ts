import { errorMessage, sendJson } from "@/components/api/send-json";
import type { Locale } from "@/lib/i18n";

/** What `POST /api/auth/otp/request` answered, reduced to what the form shows. */
export type CodeRequestOutcome =
  | { kind: "sent"; message?: string }
  | { kind: "invalid_email"; message?: string }
  | { kind: "rate_limited"; message?: string }
  | { kind: "failed"; message?: string };

/**
 * Asks for a 6-digit code for `email`. The server answers 200 whether or not the email has an account
 * (no enumeration), 400 (localized `error.message`) for a malformed email, 429 when rate limited.
 */
export async function requestCode(email: string, locale: Locale): Promise<CodeRequestOutcome> {
  const response = await sendJson("POST", "/api/auth/otp/request", { email, locale });
  if (!response) return { kind: "failed" };
  const { status, body } = response;
  if (status === 200) {
    const message = typeof body === "object" && body !== null && "message" in body ? body.message : undefined;
    return { kind: "sent", message: typeof message === "string" ? message : undefined };
  }
  if (status === 400) return { kind: "invalid_email", message: errorMessage(body) };
  if (status === 429) return { kind: "rate_limited", message: errorMessage(body) };
  return { kind: "failed", message: errorMessage(body) };
}
