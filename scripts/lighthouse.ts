// `npm run lighthouse`: Lighthouse (mobile, default throttling) on the production build, with the
// targets of docs/performance.md as a guard.
//
// Without --base-url it starts its own stack — a throwaway embedded PostgreSQL and inbox on free ports,
// `next build` into .next-local (skipped with --reuse-build when one is there) and `next start` — and
// stops it afterwards. With --base-url=URL --inbox-url=URL it measures an app already running
// (`npm run start:local` prints both). It then:
//   1. checks that `GET /` answers with a CDN-cacheable Cache-Control (public, s-maxage > 0);
//   2. logs in as a fresh demo the way a prospect does (POST /api/demo/request, code from the inbox's
//      JSON API, next-auth's credentials callback) and passes the session cookie to Lighthouse;
//   3. runs Lighthouse --runs times (default 2) on each page, in Debian's Chromium (CHROMIUM_PATH, as the e2e tests, else
//      /usr/bin/chromium), headless, with everything that would call the network switched off;
//   4. judges each page by its best run (highest performance score; shared machines only ever make
//      runs slower), prints every run and writes .data/lighthouse-results.json.
// Flags: --runs=N, --pages=/,/login (a subset), --no-assert (print and write only; exit 0),
// --reports=DIR (also write each run's full Lighthouse report there, with its trace and DevTools log: what a page
// loads, runs and paints, and when — the observed timings Lighthouse's simulation starts from),
// --ci (the step of .ci/run, docs/decisions/0084-lighthouse-in-ci.md): never builds — it starts the build
// `npm test` left in .next-test (or NEXT_DIST_DIR) and fails without one —, one run per page unless
// --runs says otherwise, and fails only on what load cannot change: accessibility, best practices or SEO
// under 100, a page that errors or redirects, a `GET /` a CDN may not keep. Performance, TBT and LCP are
// printed with OK/MISS but do not fail it: a shared CI machine multiplies them.
// Exit code: 0 when every target is met (with --ci: every hard check), 1 otherwise.
import { randomBytes, randomInt } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { productionEnv, startLocalStack } from "./lib/local-app";
import { freePort } from "./lib/local-stack";
import { run, start, stopProcess, waitForHttp } from "./lib/processes";
import { chromiumArgs, chromiumPath } from "../playwright.config";

/** The targets (docs/performance.md): mobile Lighthouse on every page below. */
export const TARGETS = { performance: 95, tbtMs: 200, lcpMs: 2_000, accessibility: 100, bestPractices: 100, seo: 100 } as const;
const PAGES = [
  { name: "landing", path: "/", auth: false },
  { name: "login", path: "/login", auth: false },
  { name: "public demo", path: "/demo", auth: false },
  { name: "dashboard", path: "/dashboard/admin-ph?mode=demo", auth: true },
] as const;
const CHROME_FLAGS = [
  "--headless=new",
  ...chromiumArgs,
  "--disable-default-apps",
  "--disable-extensions",
  "--metrics-recording-only",
  "--no-default-browser-check",
];
const RESULTS_FILE = ".data/lighthouse-results.json";

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ci = args.includes("--ci");
const runs = Math.max(1, Number(flag("runs") ?? (ci ? 1 : 2)));
const assert = !args.includes("--no-assert");
const pageFilter = flag("pages")?.split(",");
const reportsDir = flag("reports");
const pages = PAGES.filter((p) => !pageFilter || pageFilter.includes(p.path.split("?")[0]!));

type RunScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  cls: number;
  transferKiB: number;
  /** Lighthouse's estimates of avoidable bytes: unused JavaScript, polyfills/transforms for old browsers. */
  unusedJsKiB: number;
  legacyJsKiB: number;
};

const cleanups: (() => Promise<void>)[] = [];
const cleanup = async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
};
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

/** Starts the throwaway stack and the production server. @returns the app's and the inbox's URLs. */
async function startOwnApp(): Promise<{ baseUrl: string; inboxUrl: string }> {
  const port = await freePort();
  const stack = await startLocalStack({ port, throwaway: "lighthouse" });
  cleanups.push(stack.stop);
  const env = productionEnv({
    ...stack.env,
    LOG_LEVEL: "warn",
    ...(ci ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test" } : {}),
  });
  const built = existsSync(path.join(env.NEXT_DIST_DIR!, "BUILD_ID"));
  if (ci && !built)
    throw new Error(`--ci measures an existing build: none in ${env.NEXT_DIST_DIR} (run npm test first, or set NEXT_DIST_DIR)`);
  if (!(built && (ci || args.includes("--reuse-build")))) {
    if ((await run("npx", ["next", "build"], env)) !== 0) throw new Error("next build failed");
  }
  const app = start("npx", ["next", "start", "-p", String(port)], env);
  cleanups.push(() => stopProcess(app));
  await waitForHttp(`${stack.appUrl}/login`, 90_000);
  return { baseUrl: stack.appUrl, inboxUrl: stack.inboxUrl! };
}

/** `Cache-Control` of `GET /`, and whether a shared cache may keep it (public, s-maxage > 0). */
async function landingCacheability(baseUrl: string): Promise<{ cacheControl: string; cacheable: boolean }> {
  const res = await fetch(`${baseUrl}/`);
  await res.arrayBuffer();
  const cacheControl = res.headers.get("cache-control") ?? "";
  const directives = cacheControl
    .toLowerCase()
    .split(",")
    .map((d) => d.trim());
  const sMaxAge = Number(directives.find((d) => d.startsWith("s-maxage="))?.slice("s-maxage=".length) ?? 0);
  const cacheable = directives.includes("public") && sMaxAge > 0 && !directives.some((d) => d === "no-store" || d === "private");
  return { cacheControl, cacheable };
}

/** Logs a fresh demo in like a prospect would. @returns the Cookie header of its session. */
async function loginFreshDemo(baseUrl: string, inboxUrl: string): Promise<string> {
  const email = `lighthouse-${randomBytes(5).toString("hex")}@example.com`;
  const ip = `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  const post = (url: string, body: unknown) =>
    fetch(`${baseUrl}${url}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify(body),
    });
  const created = await post("/api/demo/request", { email, profile: "admin_ph" });
  if (created.status !== 201) throw new Error(`demo request answered ${created.status}: ${await created.text()}`);
  const inbox = async () => {
    const res = await fetch(`${inboxUrl}/api/email?to.address=${encodeURIComponent(email)}`);
    return (await res.json()) as { id: string; subject: string }[];
  };
  const seen = new Set((await inbox()).map((m) => m.id));
  const requested = await post("/api/auth/otp/request", { email });
  if (requested.status !== 200) throw new Error(`login code request answered ${requested.status}`);
  let code: string | undefined;
  for (const deadline = Date.now() + 30_000; !code && Date.now() < deadline;) {
    code = (await inbox())
      .filter((m) => !seen.has(m.id))
      .map((m) => /\b(\d{6})\b/.exec(m.subject)?.[1])
      .find(Boolean);
    if (!code) await new Promise((r) => setTimeout(r, 200));
  }
  if (!code) throw new Error(`no login code reached ${email}; its mail: ${JSON.stringify((await inbox()).map((m) => m.subject))}`);

  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0]!;
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/otp`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), "x-forwarded-for": ip },
    body: new URLSearchParams({ email, code, csrfToken, json: "true" }),
  });
  keep(signedIn);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in refused (${signedIn.status})`);
  return cookie();
}

/** One Lighthouse run (mobile preset, default simulated throttling) on `url`. */
async function measure(url: string, port: number, cookie?: string, reportFile?: string): Promise<RunScores> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (reportFile) {
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, JSON.stringify(result.lhr));
    // The trace behind the report: what parsed, ran and painted when (unthrottled, as observed).
    await writeFile(reportFile.replace(/\.json$/, ".trace.json"), JSON.stringify(result.artifacts.Trace));
    await writeFile(reportFile.replace(/\.json$/, ".devtoolslog.json"), JSON.stringify(result.artifacts.DevtoolsLog));
  }
  const { categories, audits, runtimeError, finalDisplayedUrl } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
  // A lost session sends the dashboard to /login: that would measure the wrong page.
  if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended on ${finalDisplayedUrl}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    tbtMs: Math.round(value("total-blocking-time")),
    lcpMs: Math.round(value("largest-contentful-paint")),
    fcpMs: Math.round(value("first-contentful-paint")),
    cls: Number(value("cumulative-layout-shift").toFixed(3)),
    transferKiB: Math.round(value("total-byte-weight") / 1024),
    unusedJsKiB: savingsKiB(audits["unused-javascript"]),
    legacyJsKiB: savingsKiB(audits["legacy-javascript"] ?? audits["legacy-javascript-insight"]),
  };
}

function savingsKiB(audit: { details?: unknown } | undefined): number {
  const bytes = (audit?.details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes ?? 0;
  return Math.round(bytes / 1024);
}

/** The speed targets one (best) run misses, as readable strings: they depend on the machine's load. */
function speedMisses(s: RunScores): string[] {
  const out: string[] = [];
  if (s.performance < TARGETS.performance) out.push(`performance ${s.performance} < ${TARGETS.performance}`);
  if (s.tbtMs > TARGETS.tbtMs) out.push(`TBT ${s.tbtMs} ms > ${TARGETS.tbtMs} ms`);
  if (s.lcpMs > TARGETS.lcpMs) out.push(`LCP ${s.lcpMs} ms > ${TARGETS.lcpMs} ms`);
  return out;
}

/** The quality targets any run misses (accessibility, best practices, SEO): load does not change them. */
function qualityMisses(pageRuns: RunScores[]): string[] {
  const worst = (key: "accessibility" | "bestPractices" | "seo") => Math.min(...pageRuns.map((r) => r[key]));
  const out: string[] = [];
  if (worst("accessibility") < TARGETS.accessibility) out.push(`accessibility ${worst("accessibility")}`);
  if (worst("bestPractices") < TARGETS.bestPractices) out.push(`best practices ${worst("bestPractices")}`);
  if (worst("seo") < TARGETS.seo) out.push(`SEO ${worst("seo")}`);
  return out;
}

let exitCode = 0;
try {
  const given = flag("base-url");
  const { baseUrl, inboxUrl } = given ? { baseUrl: given.replace(/\/$/, ""), inboxUrl: flag("inbox-url") ?? "" } : await startOwnApp();
  if (pages.some((p) => p.auth) && !inboxUrl) throw new Error("--inbox-url is required to log in to the dashboard");

  const landing = await landingCacheability(baseUrl);
  const cookie = pages.some((p) => p.auth) ? await loginFreshDemo(baseUrl, inboxUrl) : undefined;

  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  cleanups.push(async () => void chrome.kill());

  const results: { page: string; path: string; runs: RunScores[]; best: RunScores; speedMisses: string[]; qualityMisses: string[] }[] = [];
  for (const page of pages) {
    const pageRuns: RunScores[] = [];
    for (let i = 0; i < runs; i++) {
      const reportFile = reportsDir ? path.join(reportsDir, `${page.name.replace(/\W+/g, "-")}-${i + 1}.json`) : undefined;
      pageRuns.push(await measure(`${baseUrl}${page.path}`, chrome.port, page.auth ? cookie : undefined, reportFile));
    }
    const best = pageRuns.reduce((a, b) =>
      b.performance > a.performance || (b.performance === a.performance && b.tbtMs < a.tbtMs) ? b : a,
    );
    const speed = speedMisses(best);
    const quality = qualityMisses(pageRuns);
    results.push({ page: page.name, path: page.path, runs: pageRuns, best, speedMisses: speed, qualityMisses: quality });
    const verdict = [quality.length ? `FAIL (${quality.join("; ")})` : "", speed.length ? `MISS (${speed.join("; ")})` : ""].filter(
      Boolean,
    );
    console.log(
      `${page.path.padEnd(32)} perf ${pageRuns.map((r) => r.performance).join(" / ")} · TBT ${pageRuns.map((r) => r.tbtMs).join(" / ")} ms · ` +
        `LCP ${pageRuns.map((r) => (r.lcpMs / 1000).toFixed(1)).join(" / ")} s · a11y/BP/SEO ${pageRuns
          .map((r) => `${r.accessibility}/${r.bestPractices}/${r.seo}`)
          .join(
            " , ",
          )} · ${best.transferKiB} KiB (unused JS ${best.unusedJsKiB}, legacy JS ${best.legacyJsKiB})  ${verdict.join(" ") || "OK"}`,
    );
  }
  console.log(`GET / Cache-Control: ${landing.cacheControl || "(none)"}  ${landing.cacheable ? "OK" : "MISS (not cacheable by a CDN)"}`);

  const qualityFailed = !landing.cacheable || results.some((r) => r.qualityMisses.length > 0);
  const speedMissed = results.some((r) => r.speedMisses.length > 0);
  const failed = qualityFailed || (!ci && speedMissed);
  if (ci) {
    console.log(
      qualityFailed
        ? "Lighthouse (CI): FAILED — accessibility, best practices, SEO or caching (above)."
        : `Lighthouse (CI): accessibility, best practices, SEO and caching OK; speed ${speedMissed ? "MISS on this machine (not a failure in CI: rerun `npm run lighthouse` on a quiet one)" : "OK"}.`,
    );
  }
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        baseUrl,
        runsPerPage: runs,
        mode: ci ? "ci (speed reported, not asserted)" : "full",
        judgedBy: "speed: best run per page (highest performance score); accessibility, best practices, SEO: every run",
        targets: TARGETS,
        landingCacheControl: landing,
        pages: results,
        ok: !failed,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Written to ${RESULTS_FILE}.`);
  if (failed && assert) exitCode = 1;
} catch (error) {
  console.error("[lighthouse]", error);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
