/**
 * The stack `npm run dev`, `npm run start:local` and `npm run lighthouse` run the app on: PostgreSQL
 * (DATABASE_URL, else the embedded database), email (EMAIL_SERVER, else a local maildev inbox), the
 * seed (QA demo, super admins), and the environment the Next process needs.
 */
import path from "node:path";
import { type ResolvedDatabase, resolveDatabase } from "./dev-database";
import { freePort, migrateAndGrant, startEmbeddedDatabase, startInbox } from "./local-stack";
import { run } from "./processes";

export type LocalStack = {
  /** Environment for `next dev` / `next build` / `next start`: database, email, URLs, port. */
  env: NodeJS.ProcessEnv;
  appUrl: string;
  /** Web page and JSON API of the local inbox; undefined when EMAIL_SERVER is configured. */
  inboxUrl?: string;
  /** What the stack runs on, for the banner. */
  databaseLabel: string;
  /** Stops what `startLocalStack` started (database, inbox), in reverse order. */
  stop: () => Promise<void>;
};

/**
 * Starts the database and the inbox and seeds the database.
 * - `throwaway`: a fresh embedded PostgreSQL on free ports under `.data/<name>-pg-<pid>` (deleted on
 *   stop) and an inbox on free ports, whatever DATABASE_URL / EMAIL_SERVER say — for measurements that
 *   must neither depend on nor litter the development data;
 * - otherwise the development stack: DATABASE_URL or `.data/pg` on EMBEDDED_PG_PORT (54329), and the
 *   inbox on INBOX_SMTP_PORT / INBOX_WEB_PORT (1025 / 1080) keeping mail in `.data/mail`.
 * @throws when the seed fails (after stopping what was started).
 */
export async function startLocalStack(opts: { port: number; throwaway?: string }): Promise<LocalStack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => {});
  };
  try {
    let db: ResolvedDatabase;
    if (opts.throwaway) {
      const embedded = await startEmbeddedDatabase({
        dataDir: path.join(".data", `${opts.throwaway}-pg-${process.pid}`),
        port: await freePort(),
        persistent: false,
      });
      db = { appUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl, embedded };
    } else {
      db = await resolveDatabase();
      if (!db.embedded) await migrateAndGrant(db.ownerUrl, db.appUrl);
    }
    if (db.embedded) stops.push(db.embedded.stop);

    const appUrl = `http://localhost:${opts.port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.appUrl,
      MIGRATION_DATABASE_URL: db.ownerUrl,
      PORT: String(opts.port),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    env.NEXTAUTH_URL ||= appUrl;
    let inboxUrl: string | undefined;
    if (opts.throwaway || !process.env.EMAIL_SERVER) {
      const inbox = await startInbox(
        opts.throwaway
          ? { smtpPort: await freePort(), webPort: await freePort() }
          : {
              smtpPort: Number(process.env.INBOX_SMTP_PORT || 1025),
              webPort: Number(process.env.INBOX_WEB_PORT || 1080),
              mailDirectory: ".data/mail",
            },
      );
      stops.push(inbox.stop);
      env.EMAIL_SERVER = inbox.smtpUrl;
      env.INBOX_URL = inboxUrl = inbox.webUrl;
    }
    if ((await run("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts"], env)) !== 0) throw new Error("seed failed");
    const databaseLabel = db.embedded
      ? `embedded PostgreSQL on ${new URL(db.appUrl).host}${opts.throwaway ? " (throwaway)" : " (data in .data/pg)"}`
      : "DATABASE_URL";
    return { env, appUrl, inboxUrl, databaseLabel, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The environment of a production build run on this machine: NODE_ENV=production, its own build folder
 * (`.next-local`, so a running `next dev` or `npm test` keeps theirs) and, unless configured, the fixed
 * local secrets production otherwise requires (never use them on a reachable host).
 */
export function productionEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: env.NEXT_DIST_DIR || ".next-local",
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET || "local-production-build-secret-0123456789",
    CRON_SECRET: env.CRON_SECRET || "local-production-build-cron-0123456789",
  };
}

/**
 * What `npm run dev` and `npm run start:local` share: the local stack on `port`, a list of cleanups
 * that run (last first) on Ctrl-C, SIGTERM or `shutdown`, and the stack's own stop among them.
 * Exits with 1 (after printing under `label`) when the stack cannot start.
 */
export async function startLocalStackForScript(
  label: string,
  port: number,
): Promise<{ stack: LocalStack; cleanups: (() => Promise<void>)[]; shutdown: (code: number) => Promise<void> }> {
  const cleanups: (() => Promise<void>)[] = [];
  const shutdown = async (code: number) => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const stack = await startLocalStack({ port }).catch((error: unknown) => {
    console.error(`[${label}]`, error);
    process.exit(1);
  });
  cleanups.push(stack.stop);
  return { stack, cleanups, shutdown };
}
