import "server-only";
import { createHash } from "node:crypto";
import { clientIp } from "@/server/http/client-ip";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";

/**
 * Rate-limits a request to a public voter-link endpoint, per client IP and per link (the token is
 * hashed so it never lands in the counter store): `voterLinkPerIp`, `voterLinkPerToken`.
 * @throws AppError("rate_limited") → 429 with Retry-After.
 */
export async function limitVoterLink(headers: Headers, token: string): Promise<void> {
  await enforceRateLimit("voterLinkPerIp", clientIp(headers));
  await enforceRateLimit("voterLinkPerToken", createHash("sha256").update(token).digest("base64url").slice(0, 22));
}
