import { type Browser, type BrowserContext, type BrowserContextOptions, expect, type Page } from "@playwright/test";
import { randomBytes, randomInt } from "node:crypto";
import { inboxSnapshot, waitForOtpCode, waitForSignInEmail } from "../tests/support/inbox";

export const freshEmail = (prefix = "e2e") => `${prefix}-${randomBytes(5).toString("hex")}@example.com`;

/** On /login?email=…: asks for a code, reads it from the local inbox, types it, and waits for the dashboard. */
export async function loginThroughUi(page: Page, email: string): Promise<void> {
  // Every e2e browser comes from 127.0.0.1; give each login its own client IP so the per-IP code
  // limits (10 per hour) apply per prospect, as they would for real visitors.
  await page
    .context()
    .setExtraHTTPHeaders({ "x-forwarded-for": `10.77.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 254) + 1}` });
  if (!page.url().includes("/login")) await page.goto(`/login?email=${encodeURIComponent(email)}`);
  await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);
  const before = await inboxSnapshot(email);
  await page.getByRole("button", { name: "Enviar código" }).click();
  const code = await waitForOtpCode(email, before);
  await page.getByLabel("Código de 6 dígitos").fill(code); // submits itself at the sixth digit
  await page.waitForURL(/\/dashboard\/admin-ph\?mode=demo/);
}

/**
 * Creates a demo through the public API, as the chatbot would, and waits for its "demo ready" email
 * (whose sign-in credential would otherwise replace a code asked for right after).
 */
export async function requestDemoViaApi(page: Page, email: string): Promise<void> {
  const res = await page.request.post("/api/demo/request", {
    data: { email, profile: "admin_ph" },
    headers: { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 254) + 1}` },
  });
  expect(res.status()).toBe(201);
  await waitForSignInEmail(email);
}

/** Gives the page's browser context a client IP of its own, so per-IP limits apply per prospect. */
export async function ownClientIp(page: Page): Promise<void> {
  await page
    .context()
    .setExtraHTTPHeaders({ "x-forwarded-for": `10.78.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 254) + 1}` });
}

/** SQL as the database owner, for setup and checks (moving a demo's clock, reading rows). */
export { ownerQuery } from "../tests/support/app";

/** Makes a demo for `email` through the API and signs its prospect in on `page`, which lands on the dashboard. */
export async function startDemo(page: Page, email: string): Promise<void> {
  await requestDemoViaApi(page, email);
  await loginThroughUi(page, email);
}

/** A page in a fresh Spanish browser context; reduced motion, so charts draw at once and screenshots show them complete. */
export async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: process.env.BASE_URL, locale: "es-CO", reducedMotion: "reduce" })).newPage();
}

export type Prospect = { context: BrowserContext; page: Page; email: string };

/**
 * A prospect with a fresh demo, signed in through the UI in a browser context of its own (1280 × 800,
 * Spanish, unless `options` say otherwise). Each context claims its own client IP (the app reads the
 * first `x-forwarded-for` hop), so these logins do not use up the per-IP code limit the other specs share.
 */
export async function newProspect(browser: Browser, prefix: string, options: BrowserContextOptions = {}): Promise<Prospect> {
  const context = await browser.newContext({
    baseURL: process.env.BASE_URL,
    locale: "es-CO",
    viewport: { width: 1280, height: 800 },
    extraHTTPHeaders: { "x-forwarded-for": `10.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}` },
    ...options,
  });
  const page = await context.newPage();
  const email = freshEmail(prefix);
  await startDemo(page, email);
  return { context, page, email };
}

/** Opens the detail page of the demo's scheduled assembly. @returns its id. */
export async function openScheduledAssembly(page: Page): Promise<string> {
  const list = (await (await page.request.get("/api/assemblies")).json()) as { id: string; status: string }[];
  const assemblyId = list.find((a) => a.status === "scheduled")!.id;
  await page.goto(`/dashboard/admin-ph/assemblies/${assemblyId}`);
  return assemblyId;
}

/** From a client IP of its own, opens the landing page's chatbot and picks the PH administrator's path. */
export async function openChatbotAsAdministrator(page: Page): Promise<void> {
  await ownClientIp(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Crear mi demo" }).first().click();
  await page.getByRole("button", { name: "Administrador PH" }).click();
}
