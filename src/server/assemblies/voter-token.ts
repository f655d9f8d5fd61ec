import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { isUuid } from "@/lib/uuid";

/** What a voter link stands for: one unit, at one assembly, of one organization (demo). */
export type VoterLink = { organizationId: string; assemblyId: string; unitId: string };

/** Bytes of the signature kept in the token (128 bits: forging one is out of reach). */
const SIGNATURE_BYTES = 16;
const UUID_BYTES = 16;
const TOKEN_BYTES = 3 * UUID_BYTES + SIGNATURE_BYTES;

/**
 * The key voter links are signed with: derived from NEXTAUTH_SECRET for this one purpose, so a voter
 * link's signature can never be replayed as anything else and no new secret has to be configured.
 */
function signingKey(): Buffer {
  return createHmac("sha256", env.NEXTAUTH_SECRET).update("assembly-voter-link:v1").digest();
}

function uuidBytes(id: string): Buffer {
  return Buffer.from(id.replaceAll("-", ""), "hex");
}

function bytesUuid(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function signature(payload: Buffer): Buffer {
  return createHmac("sha256", signingKey()).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

/**
 * A voter link's token: the three ids (48 bytes) and an HMAC-SHA-256 over them (first 16 bytes), as
 * base64url (86 characters). Stateless — no table: any instance verifies it with the server secret. It
 * does not expire by itself; it dies when its assembly closes (`resolveVoterLink` answers 410), and a
 * token naming another demo's assembly or unit finds nothing (row-level security), so it cannot vote
 * there (docs/rules.md#assemblies-ley-675-de-2001).
 * @throws Error when an id is not a UUID (a programming error).
 */
export function signVoterToken(link: VoterLink): string {
  const ids = [link.organizationId, link.assemblyId, link.unitId];
  if (!ids.every(isUuid)) throw new Error("signVoterToken: ids must be UUIDs");
  const payload = Buffer.concat(ids.map(uuidBytes));
  return Buffer.concat([payload, signature(payload)]).toString("base64url");
}

/**
 * The ids a token was signed for, or null when it is malformed or its signature does not match
 * (compared in constant time).
 */
export function verifyVoterToken(token: string): VoterLink | null {
  if (!/^[A-Za-z0-9_-]{86}$/.test(token)) return null;
  const bytes = Buffer.from(token, "base64url");
  if (bytes.length !== TOKEN_BYTES) return null;
  const payload = bytes.subarray(0, 3 * UUID_BYTES);
  if (!timingSafeEqual(bytes.subarray(3 * UUID_BYTES), signature(payload))) return null;
  return {
    organizationId: bytesUuid(payload.subarray(0, 16)),
    assemblyId: bytesUuid(payload.subarray(16, 32)),
    unitId: bytesUuid(payload.subarray(32, 48)),
  };
}
