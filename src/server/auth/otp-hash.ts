import "server-only";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@/env";

/** A 6-digit code from the operating system's CSPRNG ("000000"–"999999"). */
export function generateOtpCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/**
 * HMAC-SHA256 of the code bound to its email, keyed with NEXTAUTH_SECRET: the database never holds a
 * code, and a code sent to one email is worthless for another. @returns 64 hex characters.
 */
export function hashOtpCode(email: string, code: string): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET).update(`${email}\n${code}`).digest("hex");
}

/** Constant-time comparison of a typed code with the stored hash. */
export function otpCodeMatches(email: string, code: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashOtpCode(email, code), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A one-click sign-in token: 32 random bytes from the CSPRNG, base64url (43 characters, URL-safe). */
export function generateLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * HMAC-SHA256 of a sign-in link token bound to its email, keyed with NEXTAUTH_SECRET, in its own
 * domain ("link") so that it can never equal a code's hash. @returns 64 hex characters.
 */
export function hashLinkToken(email: string, token: string): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET).update(`link\n${email}\n${token}`).digest("hex");
}
