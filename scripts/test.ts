// `npm test`: the whole suite on real parts, with nothing configured.
//   1. embedded PostgreSQL (fresh, under .data/), local SMTP inbox (maildev), redis-server when
//      installed (Upstash rate-limit contract tests), migrations + seed;
//   2. `next build` into .next-test and `next start`;
//   3. Vitest (unit + integration, against the database, the inbox and the running app);
//   4. Playwright in Debian's Chromium (/usr/bin/chromium) against the same app.
// Flags: --no-e2e (skip 4), --no-app (skip 2 and 4: server-side tests only), --only=e2e (skip 3), --reuse-build (skip `next build` when .next-test exists);
// other arguments are file filters: `e2e/….spec.ts` ones go to Playwright, the rest to Vitest.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { acquireBuildLock } from "./lib/build-lock";
import { freePort, startEmbeddedDatabase, startInbox } from "./lib/local-stack";
import { run, start, startRedis, stopProcess, waitForHttp } from "./lib/processes";
import { chromiumPath } from "../playwright.config";
import { APP_TIME_ZONE } from "../src/lib/time-zone";

const args = process.argv.slice(2);
const runApp = !args.includes("--no-app");
const runE2e = runApp && !args.includes("--no-e2e");
const runVitest = !args.includes("--only=e2e");
const reuseBuild = args.includes("--reuse-build");
const fileFilters = args.filter((a) => !a.startsWith("--"));
const e2eFilters = fileFilters.filter((a) => a.endsWith(".spec.ts"));
const vitestFilters = fileFilters.filter((a) => !a.endsWith(".spec.ts"));

const missingChromium = runE2e && !existsSync(chromiumPath);
if (missingChromium) {
  console.error(
    `\n[test] Chromium not found at ${chromiumPath}: the end-to-end tests cannot run.\n` +
      `       Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)\n` +
      `       The other tests run now; the suite will still fail at the end.\n`,
  );
}

const cleanups: (() => Promise<void>)[] = [];
const cleanup = async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
};
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

let exitCode = 0;
try {
  const [pgPort, smtpPort, webPort, appPort, redisPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  // A server whose TimeZone is not UTC (the default of one installed in Colombia): every timestamp
  // check of the suite then proves the app pins its sessions to UTC (tests/time-zone.test.ts).
  const db = await startEmbeddedDatabase({
    dataDir: path.join(".data", `test-pg-${process.pid}`),
    port: pgPort,
    persistent: false,
    timeZone: APP_TIME_ZONE,
  });
  cleanups.push(db.stop);
  const inbox = await startInbox({ smtpPort, webPort });
  cleanups.push(inbox.stop);

  let redisUrl: string | undefined;
  if (existsSync("/usr/bin/redis-server")) {
    const redis = startRedis(redisPort);
    cleanups.push(() => stopProcess(redis));
    redisUrl = `redis://127.0.0.1:${redisPort}`;
  }

  const appUrl = `http://127.0.0.1:${appPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    // The app runs as in production, so its secrets are required: this run's own, never a default.
    NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
    CRON_SECRET: randomBytes(24).toString("hex"),
    // Production closes /api/metrics without a token; the tests scrape with this one.
    METRICS_TOKEN: randomBytes(24).toString("hex"),
    // Production keeps a warm pool of ready demos; the tests count organizations, so none here.
    DEMO_POOL_SIZE: "0",
    LOG_LEVEL: "warn",
    DATABASE_URL: db.appUrl,
    MIGRATION_DATABASE_URL: db.ownerUrl,
    EMAIL_SERVER: inbox.smtpUrl,
    INBOX_URL: inbox.webUrl,
    NEXTAUTH_URL: appUrl,
    APP_URL: appUrl,
    PORT: String(appPort),
    // Several sales addresses, one per test file that signs in as sales: each has its own login-code budget
    // (5 an hour per email) across the whole run.
    SUPER_ADMIN_EMAILS: [
      "sales@assembly.test",
      "closer@assembly.test",
      ...["access", "export", "fuzz", "engage", "deadends", "concurrency", "e2e"].map((name) => `sales.${name}@assembly.test`),
    ].join(","),
    NEXT_DIST_DIR: ".next-test",
    NEXT_TELEMETRY_DISABLED: "1",
    // The test clients act as the one trusted reverse proxy: each request says which client it relays
    // in x-forwarded-for (docs/security.md). tests/client-ip.api.test.ts checks the default, "none".
    TRUST_PROXY: "1",
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };

  if (existsSync("scripts/db-seed.ts") && (await run("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts"], env)) !== 0) {
    throw new Error("seed failed");
  }

  if (runApp) {
    cleanups.push(await acquireBuildLock());
    if (!(reuseBuild && existsSync(".next-test/BUILD_ID"))) {
      if ((await run("npx", ["next", "build"], env)) !== 0) throw new Error("next build failed");
    }
    const app = start("npx", ["next", "start", "-p", String(appPort), "-H", "127.0.0.1"], env);
    cleanups.push(() => stopProcess(app));
    await waitForHttp(`${appUrl}/login`, 90_000);
  }

  if (runVitest) {
    // The tests call the app's /api/metrics with its token (APP_METRICS_TOKEN); in their own process the
    // metrics module runs as in development, without one.
    const { METRICS_TOKEN: appMetricsToken, ...testEnv } = env;
    const code = await run("npx", ["vitest", "run", ...vitestFilters], {
      ...testEnv,
      APP_METRICS_TOKEN: appMetricsToken,
      NODE_ENV: "test",
      ...(runApp ? {} : { APP_URL: "" }),
    });
    if (code !== 0) exitCode = code;
  }
  if (runE2e && !missingChromium) {
    const code = await run("npx", ["playwright", "test", ...e2eFilters], { ...env, BASE_URL: appUrl });
    if (code !== 0) exitCode = code;
  }
  if (missingChromium) exitCode ||= 1;
} catch (error) {
  console.error("[test]", error);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
