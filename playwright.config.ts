import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own download is not reachable here. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Flags for Debian's Chromium on these machines: no sandbox (root), no GPU, and nothing that phones
 * home (the network is closed, so background requests would only fail). Lighthouse reuses them.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Started by scripts/test.ts, which runs the app and the inbox and passes BASE_URL and INBOX_URL.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: process.env.BASE_URL,
    // Spanish is the product's default; the e2e tests read the Spanish labels.
    locale: "es-CO",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
      args: chromiumArgs,
    },
  },
});
