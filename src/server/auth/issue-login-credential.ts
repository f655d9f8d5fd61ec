import "server-only";
import type { Prisma } from "@/server/db/client";
import { generateLinkToken, generateOtpCode, hashLinkToken, hashOtpCode } from "./otp-hash";
import { OTP_TTL_MS } from "./otp-policy";

/** A credential just issued, in clear: only for the email that carries it, never stored. */
export type IssuedCredential = { code: string; linkToken: string; expiresAt: Date };

/**
 * Issues the login credential of `email` in the caller's transaction (or the plain client): a fresh
 * 6-digit code and a one-click link token, both valid OTP_TTL_MS (10 minutes) from `now`, stored only
 * as HMACs bound to the email in `one_time_codes`. It replaces any previous credential of that email,
 * so an older code or link stops working. The two forms are one credential: using either consumes
 * the row (`verifyOtp`, `verifySignInLink`). Rules: docs/decisions/0027-sign-in-link.md.
 * @returns the code and the token in clear, and when they expire.
 */
export async function issueLoginCredential(db: Prisma.TransactionClient, input: { email: string; now?: Date }): Promise<IssuedCredential> {
  const now = input.now ?? new Date();
  const code = generateOtpCode();
  const linkToken = generateLinkToken();
  const expiresAt = new Date(now.getTime() + OTP_TTL_MS);
  const fields = {
    codeHash: hashOtpCode(input.email, code),
    linkHash: hashLinkToken(input.email, linkToken),
    attempts: 0,
    expiresAt,
    consumedAt: null,
    createdAt: now,
  };
  await db.oneTimeCode.upsert({
    where: { email: input.email },
    create: { email: input.email, ...fields },
    update: fields,
    select: { id: true },
  });
  return { code, linkToken, expiresAt };
}
