import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { otpVerifySchema } from "@/lib/validation";
import { AppError } from "@/server/http/app-error";
import { clientIp } from "@/server/http/client-ip";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { verifyOtp } from "./verify-otp";

/** Longest a session lives; a demo's own expiry is checked on every request regardless. */
const SESSION_MAX_AGE_S = 15 * 24 * 60 * 60;

/**
 * next-auth: one credentials provider, "otp" (email + the 6-digit code from `requestOtp`), JWT sessions
 * carrying user id, organization id, role and `isDemo` (docs/rules.md#login-codes). The JWT is only an identity:
 * the organization's status and expiry are read from the database on every request (`withDemoOrg`).
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "otp",
      name: "Email code",
      credentials: { email: { type: "email" }, code: { type: "text" } },
      authorize: async (credentials, req) => {
        const parsed = otpVerifySchema.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = clientIp(new Headers((req.headers ?? {}) as Record<string, string>));
        // next-auth turns any refusal into the same "wrong code" answer, so the message is never shown.
        try {
          await enforceRateLimit("otpVerifyPerIp", ip);
        } catch (error) {
          if (error instanceof AppError) return null;
          throw error;
        }
        const user = await verifyOtp(parsed.data);
        return user ? { id: user.id, email: user.email, role: user.role, organizationId: user.organizationId, isDemo: user.isDemo } : null;
      },
    }),
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
