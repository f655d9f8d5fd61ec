// Runs once when a Next.js server starts (Next's instrumentation hook).

/**
 * Installs the per-request preparation of `src/instrumentation-node.ts` (peer address, refused methods,
 * body guard — docs/security.md) on the Node.js runtime. `NEXT_RUNTIME` is set by Next.js itself at build
 * time (not configuration), and the import is conditional so the Edge bundle never compiles `node:` modules.
 * This is the one `process.env` read outside `src/env.ts`, on purpose: Next folds the literal
 * `process.env.NEXT_RUNTIME` per bundle only where it is written; read through the env module (as `env.NEXT_RUNTIME`
 * or a constant exported from it) the check is no longer decided at build time, and `next build` compiles
 * `instrumentation-node.ts` into the Edge bundle ("A Node.js module is loaded ('node:diagnostics_channel')…").
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareNodeRequests } = await import("./instrumentation-node");
    prepareNodeRequests();
  }
}
