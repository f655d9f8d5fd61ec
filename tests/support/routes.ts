// The app's API route handlers, read from the code (src/app/api/**/route.ts), so tests that must cover
// every route (fuzzing, the cross-tenant matrix) pick up new routes without being edited.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * One route handler file.
 * - `file`: path from the repository root, e.g. "src/app/api/residents/[residentId]/route.ts".
 * - `pattern`: its URL with the dynamic segments as written, e.g. "/api/residents/[residentId]";
 *   route groups "(x)" are dropped; catch-alls keep their brackets ("/api/auth/[...nextauth]").
 * - `params`: the dynamic segment names in order, without brackets or dots: ["residentId"].
 * - `methods`: the HTTP methods the file exports, in HTTP_METHODS order.
 */
export type ApiRoute = { file: string; pattern: string; params: string[]; methods: HttpMethod[] };

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "src/app/api");
const ROUTE_FILE = /^route\.(ts|tsx|js|mjs)$/;

/**
 * Every route handler under src/app/api, sorted by pattern. Private folders ("_x") and parallel-route
 * slots ("@x") are not URL segments and their files are skipped; route groups ("(x)") vanish from the URL.
 */
export function listApiRoutes(): ApiRoute[] {
  const files = (readdirSync(API_DIR, { recursive: true, encoding: "utf8" }) as string[])
    .filter((rel) => ROUTE_FILE.test(path.basename(rel)))
    .map((rel) => rel.split(path.sep));
  const routes: ApiRoute[] = [];
  for (const parts of files) {
    const dirs = parts.slice(0, -1);
    if (dirs.some((d) => d.startsWith("_") || d.startsWith("@"))) continue;
    const segments = dirs.filter((d) => !(d.startsWith("(") && d.endsWith(")")));
    const file = path.posix.join("src/app/api", ...parts);
    routes.push({
      file,
      pattern: ["/api", ...segments].join("/"),
      params: segments.flatMap((s) => paramName(s) ?? []),
      methods: exportedMethods(readFileSync(path.join(ROOT, file), "utf8")),
    });
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** "residentId" for "[residentId]", "slug" for "[...slug]" and "[[...slug]]", else null. */
function paramName(segment: string): string | null {
  const match = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
  return match ? match[1]! : null;
}

/**
 * The HTTP methods a route module exports, by reading its source: `export const GET = …`,
 * `export async function POST(…)`, and `export { handler as GET, POST }` (with or without `from`).
 */
export function exportedMethods(source: string): HttpMethod[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found = new Set<string>();
  for (const m of code.matchAll(/export\s+(?:const|let|var|(?:async\s+)?function\s*\*?)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const spec of m[1]!.split(",")) {
      const name = spec
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name && !spec.trim().startsWith("type ")) found.add(name);
    }
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

/**
 * A concrete path for `route.pattern`, each dynamic segment replaced by `valueOf(name)` (URL-encoded,
 * so "../" or "?" stay inside their segment; a catch-all may receive several segments joined by "/",
 * encoded one by one). Optional catch-alls given "" disappear.
 */
export function buildPath(pattern: string, valueOf: (name: string) => string): string {
  return pattern
    .split("/")
    .map((segment) => {
      const name = paramName(segment);
      if (name === null) return segment;
      const value = valueOf(name);
      return segment.includes("...") ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
    })
    .join("/")
    .replace(/\/+$/, "");
}
