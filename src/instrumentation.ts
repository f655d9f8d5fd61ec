// Runs once when a Next.js server starts (Next's instrumentation hook).

/**
 * Installs the per-request preparation of `src/instrumentation-node.ts` (peer address, refused methods,
 * body guard — docs/security.md) on the Node.js runtime. `NEXT_RUNTIME` is set by Next.js itself at build
 * time (not configuration), and the import is conditional so the Edge bundle never compiles `node:` modules.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareNodeRequests } = await import("./instrumentation-node");
    prepareNodeRequests();
  }
}
