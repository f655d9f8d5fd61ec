import "server-only";
import type { Prisma } from "@/server/db/client";
import { issueLoginCredential } from "./issue-login-credential";
import { signInLinkUrl } from "./sign-in-link-url";

/**
 * Creates the sign-in credential that a "your demo is ready" email carries: a one-click link and the
 * 6-digit code, alternatives of one single-use credential bound to `email`, valid 10 minutes
 * (OTP_TTL_MS), replacing any earlier code or link of that email. Runs in the caller's transaction
 * (or on the plain client) so that it can be written together with the email that carries it.
 * @returns `url` (absolute, `${NEXTAUTH_URL}/login?email=…&token=…`), `code` (6 digits) and `expiresAt`.
 */
export async function createSignInLink(
  db: Prisma.TransactionClient,
  email: string,
  options: { now?: Date } = {},
): Promise<{ url: string; code: string; expiresAt: Date }> {
  const credential = await issueLoginCredential(db, { email, now: options.now });
  return { url: signInLinkUrl(email, credential.linkToken), code: credential.code, expiresAt: credential.expiresAt };
}
