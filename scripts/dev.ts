// `npm run dev`: everything a developer needs, with no configuration.
//   - PostgreSQL: DATABASE_URL if set, else embedded PostgreSQL with data under .data/pg (kept between
//     runs), the app role created, migrations applied;
//   - email: EMAIL_SERVER if set, else a local maildev inbox (SMTP 1025, web 1080) — nothing leaves
//     this machine;
//   - seed (QA demo, super admins), then `next dev` on PORT (default 3000).
// Ctrl-C stops everything it started. `npm run start:local` (scripts/start-local.ts) runs the same
// stack under a production build.
import { startLocalStackForScript } from "./lib/local-app";
import { start, stopProcess } from "./lib/processes";

const port = Number(process.env.PORT || 3000);
const { stack, cleanups, shutdown } = await startLocalStackForScript("dev", port);

const next = start("npx", ["next", "dev", "-p", String(port)], stack.env);
cleanups.push(() => stopProcess(next));
next.on("exit", (code) => void shutdown(code ?? 0));

console.log(`
  Assembly Demo is starting:
    App:       http://localhost:${port}
    Inbox:     ${stack.inboxUrl ?? "(EMAIL_SERVER is configured — no local inbox)"}
    Database:  ${stack.databaseLabel}
  QA demo login: demo@assembly2.com (code arrives in the inbox). Ctrl-C stops everything.
`);
