import "server-only";
import { env } from "@/env";

/**
 * The one-click sign-in URL: `${NEXTAUTH_URL}/login?email=<email>&token=<token>`. The login page
 * signs in with it through the "email-link" provider (a POST, so a mail scanner fetching the URL does
 * not spend it); a used or expired token leaves the person on the form with the email filled in.
 */
export function signInLinkUrl(email: string, token: string): string {
  const query = new URLSearchParams({ email, token });
  return `${env.NEXTAUTH_URL.replace(/\/+$/, "")}/login?${query.toString()}`;
}
