// `npm run start:local`: what users get, on this machine. The same stack as `npm run dev` (embedded
// PostgreSQL under .data/pg or DATABASE_URL, the local inbox or EMAIL_SERVER, the seed), then
// `next build` into .next-local and `next start` on PORT (default 3000). Use it to measure (Lighthouse,
// docs/performance.md): `next dev` compiles on demand and ships unminified code.
// `--reuse-build` skips `next build` when .next-local already holds one. Ctrl-C stops everything.
import { existsSync } from "node:fs";
import path from "node:path";
import { productionEnv, startLocalStackForScript } from "./lib/local-app";
import { run, start, stopProcess, waitForHttp } from "./lib/processes";

const port = Number(process.env.PORT || 3000);
const reuseBuild = process.argv.includes("--reuse-build");
const { stack, cleanups, shutdown } = await startLocalStackForScript("start:local", port);
const env = productionEnv(stack.env);

if (!(reuseBuild && existsSync(path.join(env.NEXT_DIST_DIR!, "BUILD_ID")))) {
  if ((await run("npx", ["next", "build"], env)) !== 0) await shutdown(1);
}
const next = start("npx", ["next", "start", "-p", String(port)], env);
cleanups.push(() => stopProcess(next));
next.on("exit", (code) => void shutdown(code ?? 0));
await waitForHttp(`${stack.appUrl}/login`, 90_000);

console.log(`
  Assembly Demo (production build) is running:
    App:       ${stack.appUrl}
    Inbox:     ${stack.inboxUrl ?? "(EMAIL_SERVER is configured — no local inbox)"}
    Database:  ${stack.databaseLabel}
  Measure it: npm run lighthouse -- --base-url=${stack.appUrl}${stack.inboxUrl ? ` --inbox-url=${stack.inboxUrl}` : ""}
  Ctrl-C stops everything.
`);
