import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { z } from "zod";
import { env } from "@/env";
import { otpVerifySchema, signInLinkSchema } from "@/lib/validation";
import { AppError } from "@/server/http/app-error";
import { clientIp } from "@/server/http/client-ip";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { type AuthUser, verifyOtp } from "./verify-otp";
import { verifySignInLink } from "./verify-sign-in-link";

/** Longest a session lives; a demo's own expiry is checked on every request regardless. */
const SESSION_MAX_AGE_S = 15 * 24 * 60 * 60;

/**
 * Whether this client may try one more sign-in (otpVerifyPerIp, shared by codes and links).
 * next-auth turns any refusal into the same "wrong credentials" answer, so no message is shown.
 */
async function withinVerifyLimit(headers: unknown): Promise<boolean> {
  const ip = clientIp(new Headers((headers ?? {}) as Record<string, string>));
  try {
    await enforceRateLimit("otpVerifyPerIp", ip);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

function toSessionUser(user: AuthUser | null) {
  return user ? { id: user.id, email: user.email, role: user.role, organizationId: user.organizationId, isDemo: user.isDemo } : null;
}

/**
 * A credentials provider for one form of the single-use login credential: the email and its `secret`
 * field validated by `schema`, then the verify rate limit, then `verify`. Any refusal signs nobody in.
 */
function oneTimeCredentialProvider<S extends "code" | "token">(
  id: string,
  name: string,
  secret: S,
  schema: z.ZodType<{ email: string } & Record<S, string>>,
  verify: (input: { email: string } & Record<S, string>) => Promise<AuthUser | null>,
) {
  return CredentialsProvider({
    id,
    name,
    credentials: { email: { type: "email" }, [secret]: { type: "text" } },
    authorize: async (credentials, req) => {
      const parsed = schema.safeParse(credentials);
      if (!parsed.success || !(await withinVerifyLimit(req.headers))) return null;
      return toSessionUser(await verify(parsed.data));
    },
  });
}

/**
 * next-auth: two credentials providers — "otp" (email + the 6-digit code; docs/rules.md#login-codes)
 * and "email-link" (email + the token of the one-click link in the email;
 * docs/decisions/0027-sign-in-link.md) — and JWT sessions carrying user id, organization id, role and
 * `isDemo`. The JWT is only an identity:
 * the organization's status and expiry are read from the database on every request (`withDemoOrg`).
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    oneTimeCredentialProvider("otp", "Email code", "code", otpVerifySchema, verifyOtp),
    oneTimeCredentialProvider("email-link", "Email link", "token", signInLinkSchema, verifySignInLink),
  ],
  callbacks: {
    // Only same-origin targets; anything unparsable goes home instead of crashing next-auth (fuzz-found).
    redirect: ({ url, baseUrl }) => {
      try {
        const target = new URL(url, baseUrl);
        return target.origin === new URL(baseUrl).origin ? target.href : baseUrl;
      } catch {
        return baseUrl;
      }
    },
    jwt: ({ token, user }) => {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.organizationId = user.organizationId;
        token.isDemo = user.isDemo;
      }
      return token;
    },
    session: ({ session, token }) => {
      session.user = {
        ...session.user,
        id: token.uid ?? "",
        email: token.email ?? "",
        role: token.role ?? "ADMIN_PH",
        organizationId: token.organizationId ?? null,
        isDemo: token.isDemo ?? false,
      };
      return session;
    },
  },
};
