// Explicit compile hints for the browser bundles (docs/performance.md, "Compile hints";
// docs/decisions/0097-explicit-compile-hints.md). Run by `next build` itself through
// `compiler.runAfterProductionCompile` in next.config.mjs, so every build — `npm run build`, Vercel,
// `npm run start:local`, the tests, the bench — ships the same files.
//
// V8 compiles a function lazily, on the main thread, the first time it is called. Every function of a
// Next chunk is called while the page loads (the module factories, React, the router), so on a phone the
// page pays that compile as one long task while it hydrates. A file that begins with the magic comment
// `//# allFunctionsCalledOnLoad` is compiled eagerly instead, and for a script loaded `async` (all of
// Next's) on a background thread while it downloads (https://v8.dev/blog/explicit-compile-hints, Chrome
// 136+). Other browsers read a comment.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The magic comment, on a line of its own, first in the file (V8's explicit compile hints). */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Prepends {@link COMPILE_HINT} to every JavaScript file under `<distDir>/static/chunks` — the
 * browser's code, never the server's. Idempotent: a file that already starts with it is left as it is.
 * The file names (content hashes Next computed before) do not change; the build hashes nothing after
 * this hook, and the transformation is the same for the same input, so a cached copy stays valid.
 * @param {{ distDir: string; projectDir?: string }} build `distDir` absolute, or relative to `projectDir`
 *   (Next passes both to `runAfterProductionCompile`).
 * @returns {Promise<number>} how many files were changed.
 * @throws when the chunks folder cannot be read or a file cannot be written: the build must fail then.
 */
export async function addCompileHints({ distDir, projectDir = process.cwd() }) {
  const chunksDir = path.resolve(projectDir, distDir, "static", "chunks");
  const files = (await readdir(chunksDir, { recursive: true })).filter((name) => name.endsWith(".js"));
  let changed = 0;
  for (const name of files) {
    const file = path.join(chunksDir, name);
    const source = await readFile(file, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    await writeFile(file, COMPILE_HINT + source);
    changed += 1;
  }
  return changed;
}
