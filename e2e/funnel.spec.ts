// The prospect's journey in real Chromium: chatbot → private demo → code from the demo-ready email → dashboard.
import { expect, test } from "@playwright/test";
import { waitForSignInEmail } from "../tests/support/inbox";
import { freshEmail, loginThroughUi, requestDemoViaApi, ownerQuery, startDemo, openChatbotAsAdministrator } from "./support";

async function expireDemoOf(email: string): Promise<void> {
  await ownerQuery(
    "UPDATE organizations SET demo_expires_at = now() - interval '1 second' WHERE id = (SELECT organization_id FROM users WHERE email = $1)",
    [email],
  );
}

test("a prospect gets a private Urban Tower demo from the chatbot and logs in with the emailed code", async ({ page }) => {
  const email = freshEmail("chatbot");
  await openChatbotAsAdministrator(page);

  // One step: the email, with optional name and building; nothing to skip.
  const emailInput = page.getByLabel("Correo electrónico");
  await expect(emailInput).toBeFocused();
  await expect(page.getByRole("button", { name: "Omitir" })).toHaveCount(0);
  await emailInput.fill("esto-no-es-un-correo");
  await page.getByRole("button", { name: "Crear demo" }).click();
  await expect(page.getByText("Ese correo no parece válido", { exact: false })).toBeVisible();
  await expect(emailInput).toHaveAttribute("aria-invalid", "true");

  await emailInput.fill(email);
  // Nothing is sent without the authorization (Ley 1581 de 2012 art. 9).
  await page.getByRole("button", { name: "Crear demo" }).click();
  await expect(page.getByText("marca la autorización de tratamiento de datos", { exact: false })).toBeVisible();
  await page.getByLabel("Autorizo el tratamiento de mis datos personales", { exact: false }).check();
  await page.getByRole("button", { name: "Crear demo" }).click();
  await expect(page.getByText("Tu demo está listo", { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/@demo\.assembly|adminph@/)).toHaveCount(0);
  // The visitor's own message is what they typed; "Omitir" is never put in their mouth.
  const log = page.getByRole("log");
  await expect(log.getByText(email)).toBeVisible();
  await expect(log.getByText("Omitir")).toHaveCount(0);

  // "Entrar al demo" opens the code step: the demo-ready email already carries the code.
  const { code } = await waitForSignInEmail(email);
  await page.getByRole("link", { name: "Entrar al demo" }).click();
  await page.waitForURL(/\/login\?email=.*sent=1/);
  await expect(page.getByRole("button", { name: "Enviar código" })).toHaveCount(0);
  const codeInput = page.getByLabel("Código de 6 dígitos");
  await expect(codeInput).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeInput).toHaveAttribute("inputmode", "numeric");
  await expect(codeInput).toBeFocused();
  await codeInput.fill(`${code.slice(0, 3)} ${code.slice(3)}`); // pasted with a stray space: still accepted
  await page.waitForURL(/\/dashboard\/admin-ph\?mode=demo/);

  await expect(page.getByTestId("organization-name")).toContainText("Urban Tower");
  await expect(page.getByText("DEMO", { exact: true })).toBeVisible();
  await expect(page.getByText(/Tu demo vence en 1[45] días/)).toBeVisible();
  await expect(page.getByTestId("kpi-units")).toContainText("50");
  await expect(page.getByText(email)).toBeVisible();
  // No name given: no greeting by name.
  await expect(page.getByTestId("greeting")).toHaveCount(0);

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await page.waitForURL(/\/login/);
  await page.goto("/dashboard/admin-ph?mode=demo");
  await page.waitForURL(/\/login/);
});

test("a second prospect sees only their own demo", async ({ browser }) => {
  const [a, b] = [freshEmail("alice"), freshEmail("bob")];
  const newPage = async () => (await browser.newContext({ baseURL: process.env.BASE_URL, locale: "es-CO" })).newPage();
  const [pageA, pageB] = await Promise.all([newPage(), newPage()]);
  await requestDemoViaApi(pageA, a);
  await requestDemoViaApi(pageB, b);
  await loginThroughUi(pageA, a);
  await loginThroughUi(pageB, b);

  await expect(pageB.getByText(b)).toBeVisible();
  await expect(pageB.getByText(a)).toHaveCount(0);
  const unitIds = async (p: typeof pageA) => {
    const res = await p.request.get("/api/dashboard/overview");
    expect(res.status()).toBe(200);
    return new Set(((await res.json()) as { units: { id: string }[] }).units.map((u) => u.id));
  };
  const [idsA, idsB] = await Promise.all([unitIds(pageA), unitIds(pageB)]);
  expect(idsA.size).toBe(50);
  expect(idsB.size).toBe(50);
  expect([...idsA].filter((id) => idsB.has(id))).toEqual([]);
});

test("an expired demo shows Demo vencido, even to a session opened before expiry", async ({ page }) => {
  const email = freshEmail("expired");
  await startDemo(page, email);
  await expect(page.getByTestId("kpi-units")).toContainText("50");

  await expireDemoOf(email);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Demo vencido" })).toBeVisible();
  await expect(page.getByTestId("kpi-units")).toHaveCount(0);
});
