import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/env";

/** The path of the read-only page a share link opens (docs/sales.md#share-links). */
export const SHARED_DEMO_PATH = "/compartido";

/** A new share-link token: 32 random bytes, base64url (43 characters) — unguessable (OWASP ASVS V3.5). */
export function generateShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored of a token: its SHA-256 in hex. A database leak then opens no demo. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The absolute URL the prospect shares: `${NEXTAUTH_URL}/compartido/<token>`. */
export function shareLinkUrl(token: string): string {
  return `${env.NEXTAUTH_URL}${SHARED_DEMO_PATH}/${token}`;
}
