// `npm run test:topology`: the production shape on one machine, and the fault tests (docs/production.md).
//   embedded PostgreSQL ← PgBouncer (transaction pooling) ← two `next start` instances ← nginx (appends
//   X-Forwarded-For), rate limits in "Upstash" (the real @upstash/redis client against redis-server
//   through a local REST endpoint), email through a switchable SMTP forwarder into the maildev inbox.
//   Vitest then runs tests/topology/*.test.ts through nginx, first the shape (contract, rate limits,
//   cross-instance sign-in, tenant isolation under pooling — the cross-tenant matrix included), then the
//   faults (an instance stopped under load, SMTP down then back, PostgreSQL restarted under load).
// The tests drive outages through a small control endpoint (TOPOLOGY_CONTROL_URL).
// Flags: --reuse-build (skip `next build` when .next-test exists, e.g. right after `npm test`).
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import net from "node:net";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { acquireBuildLock } from "./lib/build-lock";
import { type EmbeddedDatabase, APP_ROLE, freePort, startEmbeddedDatabase, startInbox } from "./lib/local-stack";
import { run, start, startRedis, stopProcess, waitForHttp } from "./lib/processes";
import { startTcpSwitch } from "./lib/tcp-switch";
import { startUpstashHttp } from "./lib/upstash-http";

const reuseBuild = process.argv.includes("--reuse-build");
const dir = path.resolve(".data", `topology-${process.pid}`);
const CRON_SECRET = "topology-cron-secret-0123456789";

for (const binary of ["/usr/sbin/pgbouncer", "/usr/sbin/nginx", "/usr/bin/redis-server"]) {
  if (!existsSync(binary)) {
    console.error(`[topology] ${binary} is missing: sudo apt-get install -y pgbouncer nginx redis-server`);
    process.exit(1);
  }
}

const cleanups: (() => Promise<void>)[] = [];
const cleanup = async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
};
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

/** Resolves once something accepts TCP connections on 127.0.0.1:`port`. */
async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on port ${port}`);
}

let exitCode = 0;
try {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "nginx"), { recursive: true });
  const ports: number[] = [];
  for (let i = 0; i < 13; i++) ports.push(await freePort());
  const [
    pgPort,
    bouncerPort,
    smtpPort,
    smtpSwitchPort,
    webPort,
    redisPort,
    upstashPort,
    app1Port,
    app2Port,
    proxyPort,
    proxy1Port,
    proxy2Port,
    controlPort,
  ] = ports as [number, number, number, number, number, number, number, number, number, number, number, number, number];

  // 1. PostgreSQL (restartable: the data directory is kept between stop and start).
  const pgDir = path.join(dir, "pg");
  let db: EmbeddedDatabase | undefined = await startEmbeddedDatabase({ dataDir: pgDir, port: pgPort, persistent: true });
  cleanups.push(async () => {
    await db?.stop();
  });
  const { ownerUrl } = db;

  // 2. PgBouncer, transaction pooling, few server connections so that clients share them.
  writeFileSync(path.join(dir, "userlist.txt"), `"${APP_ROLE}" "${APP_ROLE}"\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `assembly = host=127.0.0.1 port=${pgPort} dbname=assembly`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${bouncerPort}`,
      "unix_socket_dir =",
      "auth_type = scram-sha-256",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "pool_mode = transaction",
      "default_pool_size = 4",
      "max_client_conn = 400",
      "server_login_retry = 1",
      "server_connect_timeout = 2",
      "query_wait_timeout = 5",
      "ignore_startup_parameters = extra_float_digits",
      "",
    ].join("\n"),
  );
  const bouncer = start("/usr/sbin/pgbouncer", ["-u", "nobody", path.join(dir, "pgbouncer.ini")], process.env, true);
  cleanups.push(() => stopProcess(bouncer));
  await waitForPort(bouncerPort);
  const pooledAppUrl = `postgresql://${APP_ROLE}:${APP_ROLE}@127.0.0.1:${bouncerPort}/assembly`;

  // 3. Mail: maildev behind a switch (the fault test turns SMTP off and on).
  const inbox = await startInbox({ smtpPort, webPort });
  cleanups.push(inbox.stop);
  const smtp = await startTcpSwitch({ port: smtpSwitchPort, target: { host: "127.0.0.1", port: smtpPort } });
  cleanups.push(smtp.stop);

  // 4. Redis as Upstash.
  const redis = startRedis(redisPort);
  cleanups.push(() => stopProcess(redis));
  await waitForPort(redisPort);
  const upstash = await startUpstashHttp({
    port: upstashPort,
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    token: "topology-upstash-token",
  });
  cleanups.push(upstash.stop);

  const publicUrl = `http://127.0.0.1:${proxyPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    // A production build needs its secrets; both instances share these (a session works on either).
    NEXTAUTH_SECRET: "topology-nextauth-secret-0123456789",
    // The tests count the demos they create: no warm pool here.
    DEMO_POOL_SIZE: "0",
    DATABASE_URL: pooledAppUrl,
    DATABASE_POOL_MAX: "5",
    MIGRATION_DATABASE_URL: ownerUrl,
    EMAIL_SERVER: `smtp://127.0.0.1:${smtpSwitchPort}`,
    NEXTAUTH_URL: publicUrl,
    CRON_SECRET,
    UPSTASH_REDIS_REST_URL: upstash.url,
    UPSTASH_REDIS_REST_TOKEN: upstash.token,
    TRUST_PROXY: "1",
    SUPER_ADMIN_EMAILS: "sales@assembly.test",
    NEXT_DIST_DIR: ".next-test",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "error",
  };
  if ((await run("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts"], { ...env, DATABASE_URL: db.appUrl })) !== 0) {
    throw new Error("seed failed");
  }

  // 5. Two instances of one production build.
  cleanups.push(await acquireBuildLock());
  if (!(reuseBuild && existsSync(".next-test/BUILD_ID"))) {
    if ((await run("npx", ["next", "build"], env)) !== 0) throw new Error("next build failed");
  }
  const instances = new Map<number, { port: number; process?: ChildProcess }>([
    [1, { port: app1Port }],
    [2, { port: app2Port }],
  ]);
  const startInstance = async (n: number) => {
    const instance = instances.get(n)!;
    if (instance.process && instance.process.exitCode === null && instance.process.signalCode === null) return;
    instance.process = start("npx", ["next", "start", "-p", String(instance.port), "-H", "127.0.0.1"], {
      ...env,
      PORT: String(instance.port),
    });
    await waitForHttp(`http://127.0.0.1:${instance.port}/login`, 90_000);
  };
  const stopInstance = async (n: number) => stopProcess(instances.get(n)!.process, 10_000);
  cleanups.push(async () => {
    for (const n of instances.keys()) await stopInstance(n);
  });
  await Promise.all([startInstance(1), startInstance(2)]);

  // 6. nginx: one balanced port, and one per instance (to pin a request to an instance through the proxy).
  const nginxDir = path.join(dir, "nginx");
  const location = (upstream: string) => `
    location / {
      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 2;
    }`;
  writeFileSync(
    path.join(nginxDir, "nginx.conf"),
    `worker_processes 1;
daemon off;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  upstream app { server 127.0.0.1:${app1Port} max_fails=1 fail_timeout=3s; server 127.0.0.1:${app2Port} max_fails=1 fail_timeout=3s; keepalive 32; }
  upstream app1 { server 127.0.0.1:${app1Port}; }
  upstream app2 { server 127.0.0.1:${app2Port}; }
  server { listen 127.0.0.1:${proxyPort}; ${location("app")} }
  server { listen 127.0.0.1:${proxy1Port}; ${location("app1")} }
  server { listen 127.0.0.1:${proxy2Port}; ${location("app2")} }
}
`,
  );
  const nginx = start(
    "/usr/sbin/nginx",
    ["-e", path.join(nginxDir, "error.log"), "-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf")],
    process.env,
    true,
  );
  cleanups.push(() => stopProcess(nginx));
  await waitForHttp(`${publicUrl}/api/health`, 20_000);

  // 7. The control endpoint the fault tests use.
  const control = createServer((req, res) => {
    void (async () => {
      const url = req.url ?? "";
      try {
        if (url === "/smtp/down") await smtp.down();
        else if (url === "/smtp/hang") await smtp.hang();
        else if (url === "/smtp/up") await smtp.up();
        else if (url.startsWith("/db/restart")) {
          const downMs = Number(new URL(url, "http://x").searchParams.get("downMs") ?? 3000);
          const stopping = db;
          db = undefined;
          await stopping?.stop();
          await new Promise((r) => setTimeout(r, downMs));
          db = await startEmbeddedDatabase({ dataDir: pgDir, port: pgPort, persistent: true });
        } else if (/^\/instance\/[12]\/stop$/.test(url)) await stopInstance(Number(url.split("/")[2]));
        else if (/^\/instance\/[12]\/start$/.test(url)) await startInstance(Number(url.split("/")[2]));
        else {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(204).end();
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => control.listen(controlPort, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => control.close(() => resolve())));

  const testEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "test",
    APP_URL: publicUrl,
    INSTANCE_URLS: `http://127.0.0.1:${proxy1Port},http://127.0.0.1:${proxy2Port}`,
    DATABASE_URL: db.appUrl,
    POOLED_DATABASE_URL: pooledAppUrl,
    MIGRATION_DATABASE_URL: ownerUrl,
    INBOX_URL: inbox.webUrl,
    CRON_SECRET,
    TOPOLOGY_CONTROL_URL: `http://127.0.0.1:${controlPort}`,
  };
  console.log(
    `[topology] nginx ${publicUrl} → next start :${app1Port}, :${app2Port} → pgbouncer :${bouncerPort} (transaction) → postgres :${pgPort}`,
  );
  for (const files of [["tests/topology/topology.test.ts", "tests/cross-tenant-matrix.api.test.ts"], ["tests/topology/faults.test.ts"]]) {
    const code = await run("npx", ["vitest", "run", "--config", "vitest.topology.config.mts", ...files], testEnv);
    if (code !== 0) exitCode = code;
  }
} catch (error) {
  console.error("[topology]", error);
  exitCode = 1;
} finally {
  await cleanup();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
