import { expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
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
