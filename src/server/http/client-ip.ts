import ipaddr from "ipaddr.js";
import { env } from "@/env";
import { PEER_ADDRESS_HEADER } from "./peer-address-header";

export { PEER_ADDRESS_HEADER };

/** The key of every address that cannot be parsed: they share one rate-limit budget. */
export const INVALID_CLIENT_IP = "invalid";

/** How the client's address is decided (`TRUST_PROXY`, parsed in `src/env.ts`). */
export type TrustProxy = { mode: "vercel" } | { mode: "none" } | { mode: "hops"; hops: number };

/**
 * The client's address as the platform vouches for it (docs/security.md "Client address"), normalized
 * into the key rate limits count against and the lead records:
 * - `vercel`: `x-vercel-forwarded-for`, else `x-real-ip` — headers Vercel's edge overwrites;
 * - `hops` N (N trusted reverse proxies, each appending the address it saw to `x-forwarded-for`):
 *   the Nth hop from the right; with fewer hops than N the request bypassed a proxy, so the leftmost
 *   hop the chain offers, counting the TCP peer as the last one;
 * - `none` (the default when self-hosting): the TCP peer; no client header is believed.
 * @param headers the request's headers.
 * @param trust the policy; `TRUST_PROXY` unless a test passes one.
 * @returns an IPv4 address in dotted decimal (IPv4-mapped IPv6 and odd spellings such as `127.1`,
 *   `0x7f.0.0.1` or `2130706433` are read as ipaddr.js reads them, then written canonically), an IPv6
 *   address reduced to its /64 network (`2001:db8:1:2::/64`: one subscriber usually holds a whole /64,
 *   OWASP ASVS V11), or `"invalid"` when the trusted source is missing or unparsable.
 */
export function clientIp(headers: Headers, trust: TrustProxy = env.TRUST_PROXY): string {
  return normalizeClientIp(trustedAddress(headers, trust));
}

function trustedAddress(headers: Headers, trust: TrustProxy): string | undefined {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || undefined;
  if (trust.mode === "none") return peer;
  if (trust.mode === "vercel") {
    return headers.get("x-vercel-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || undefined;
  }
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // The chain seen from the app: the TCP peer (the nearest proxy), then x-forwarded-for from the right.
  const chain = [...(peer ? [peer] : []), ...hops.reverse()];
  const offset = peer ? 0 : 1;
  return chain[Math.min(trust.hops - offset, chain.length - 1)];
}

/**
 * One address, written as a rate-limit key: canonical IPv4, or the /64 of an IPv6 address.
 * @returns `"invalid"` for anything ipaddr.js cannot parse (ports, brackets, names, empty).
 */
export function normalizeClientIp(raw: string | undefined): string {
  if (!raw) return INVALID_CLIENT_IP;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(raw.slice(0, 100));
  } catch {
    return INVALID_CLIENT_IP;
  }
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${ipaddr.IPv6.parse(`${parts.map((p) => p.toString(16)).join(":")}::`).toString()}/64`;
}
