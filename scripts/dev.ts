// `npm run dev`: everything a developer needs, with no configuration.
//   - PostgreSQL: DATABASE_URL if set, else embedded PostgreSQL with data under .data/pg (kept between
//     runs), the app role created, migrations applied;
//   - email: EMAIL_SERVER if set, else a local maildev inbox (SMTP 1025, web 1080) — nothing leaves
//     this machine;
//   - seed (QA demo, super admins), then `next dev` on PORT (default 3000).
// Ctrl-C stops everything it started.
import { resolveDatabase } from "./lib/dev-database";
import { migrateAndGrant, startInbox } from "./lib/local-stack";
import { run, start, stopProcess } from "./lib/processes";

const port = Number(process.env.PORT || 3000);
const cleanups: (() => Promise<void>)[] = [];
const shutdown = async (code: number) => {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
  process.exit(code);
};
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

const db = await resolveDatabase();
if (db.embedded) cleanups.push(db.embedded.stop);
else await migrateAndGrant(db.ownerUrl, db.appUrl);

const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.appUrl, MIGRATION_DATABASE_URL: db.ownerUrl, PORT: String(port) };
env.NEXTAUTH_URL ||= `http://localhost:${port}`;
if (!process.env.EMAIL_SERVER) {
  const inbox = await startInbox({
    smtpPort: Number(process.env.INBOX_SMTP_PORT || 1025),
    webPort: Number(process.env.INBOX_WEB_PORT || 1080),
    mailDirectory: ".data/mail",
  });
  cleanups.push(inbox.stop);
  env.EMAIL_SERVER = inbox.smtpUrl;
  env.INBOX_URL = inbox.webUrl;
}

if ((await run("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts"], env)) !== 0) await shutdown(1);

const next = start("npx", ["next", "dev", "-p", String(port)], env);
cleanups.push(() => stopProcess(next));
next.on("exit", (code) => void shutdown(code ?? 0));

console.log(`
  Assembly Demo is starting:
    App:       http://localhost:${port}
    Inbox:     ${env.INBOX_URL ?? "(EMAIL_SERVER is configured — no local inbox)"}
    Database:  ${db.embedded ? `embedded PostgreSQL on ${new URL(db.appUrl).host} (data in .data/pg)` : "DATABASE_URL"}
  QA demo login: demo@assembly2.com (code arrives in the inbox). Ctrl-C stops everything.
`);
