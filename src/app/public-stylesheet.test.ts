import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// `src/app/public.css` generates Tailwind classes only from the files it lists with `@source`: a file a public
// page renders that is missing from that list would lose its styles without any error. This walks the
// imports (static and `import()`) of the public pages' routes and checks that every file that writes
// classes is listed (docs/performance.md).

const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(root, "src/app");

/** The routes styled by public.css: the landing page and privacy notice, /login, and the error boundary above them. */
function publicRouteFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
    );
  return [...walk(path.join(appDir, "[locale]")), ...walk(path.join(appDir, "login")), path.join(appDir, "error.tsx")].filter(
    (file) => !file.endsWith(".test.ts"),
  );
}

/** Every file of `src/` reachable from `entries` through imports, resolved with tsconfig.json's paths. */
function importGraph(entries: string[]): Set<string> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const options = config!.options;
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && resolved.startsWith(path.join(root, "src")) && !resolved.endsWith(".d.ts")) queue.push(path.normalize(resolved));
    }
  }
  return seen;
}

/** The absolute paths public.css lists with `@source`. */
function stylesheetSources(): string[] {
  const css = readFileSync(path.join(appDir, "public.css"), "utf8");
  return [...css.matchAll(/^@source\s+"([^"]+)";/gm)].map(([, source]) => path.resolve(appDir, source!));
}

describe("the public pages' stylesheet", () => {
  it("lists every file the public pages render that writes Tailwind classes", () => {
    const files = importGraph(publicRouteFiles());
    // Sanity: the walk follows `@/` paths and the chat's `import()` of its conversation.
    expect(files).toContain(path.join(root, "src/components/chatbot/conversation.tsx"));
    expect(files).toContain(path.join(root, "src/components/login/login-form.tsx"));

    const sources = stylesheetSources();
    const covered = (file: string) => sources.some((source) => file === source || file.startsWith(source + path.sep));
    const writesClasses = (file: string) => /className|[sS]tyles\b/.test(readFileSync(file, "utf8"));
    // A module that imports the whole app's stylesheet itself (the error message, loaded only when shown) brings its classes.
    const bringsGlobals = (file: string) => /^import\s+"[./]*globals\.css";/m.test(readFileSync(file, "utf8"));
    const missing = [...files]
      .filter((file) => writesClasses(file) && !covered(file) && !bringsGlobals(file))
      .map((file) => path.relative(root, file));
    expect(missing).toEqual([]);
  });

  it("lists only paths that exist", () => {
    expect(stylesheetSources().filter((source) => !existsSync(source))).toEqual([]);
  });
});
