import "server-only";
import { env } from "@/env";

/** The link in lifecycle emails: `${NEXTAUTH_URL}/login?email=<email>` (the login form, pre-filled). */
export function demoLoginUrl(email: string): string {
  return `${env.NEXTAUTH_URL.replace(/\/+$/, "")}/login?email=${encodeURIComponent(email)}`;
}
