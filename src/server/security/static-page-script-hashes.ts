import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/env";

/** Inline scripts (no `src`) of an HTML document; their text is what a browser hashes. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

const byRoute = new Map<string, Promise<string[] | null>>();

/**
 * The CSP hash sources (`'sha256-…'`) of the inline scripts of a page Next prerendered at build time
 * (`<distDir>/server/app/<route>.html`): the framework's bootstrap and the page's serialized React
 * tree, the same bytes for every visitor until the next build. Read once per route and instance
 * (the build output never changes under a running server).
 * @param route the page's path without a trailing slash, e.g. "/es".
 * @returns the hash sources, or null when the prerendered file cannot be read (e.g. a host that does
 *   not ship it to the proxy); the caller then needs another way to allow the inline scripts.
 */
export function staticPageScriptHashes(route: string): Promise<string[] | null> {
  let hashes = byRoute.get(route);
  if (!hashes) {
    hashes = readFile(path.join(process.cwd(), env.NEXT_DIST_DIR, "server", "app", `${route}.html`), "utf8").then(
      (html) => [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`),
      () => null,
    );
    byRoute.set(route, hashes);
  }
  return hashes;
}
