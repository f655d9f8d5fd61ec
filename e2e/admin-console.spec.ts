// The sales console in real Chromium: a prospect's demo is found, extended and terminated by the sales
// team, and the prospect sees each change; CSV export, analytics and the audit log; 404 for others.
import { expect, type Page, test } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { inboxSnapshot, waitForOtpCode } from "../tests/support/inbox";
import { freshEmail, startDemo, newPage } from "./support";

const ADMIN_EMAIL = "sales@assembly.test";
const SCREENS = "test-results/screens";

const randomIp = () => `10.78.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 254) + 1}`;

const screenshot = async (page: Page, name: string) => {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/admin-${name}.png`, fullPage: true });
};

/** Opens /admin without a session (→ /login?callbackUrl=/admin), logs in with the emailed code, lands on /admin. */
async function loginAdminThroughUi(page: Page): Promise<void> {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
  await page.goto("/admin");
  await page.waitForURL(/\/login\?callbackUrl=%2Fadmin|\/login\?callbackUrl=\/admin/);
  await page.getByLabel("Correo electrónico").fill(ADMIN_EMAIL);
  const before = await inboxSnapshot(ADMIN_EMAIL);
  await page.getByRole("button", { name: "Enviar código" }).click();
  const code = await waitForOtpCode(ADMIN_EMAIL, before);
  await page.getByLabel("Código de 6 dígitos").fill(code); // submits itself at the sixth digit
  await page.waitForURL(/\/admin$/);
}

test("the sales team extends and terminates a prospect's demo from the console, and the prospect sees it", async ({ browser }) => {
  test.setTimeout(120_000);
  const email = freshEmail("lead");
  const prospect = await newPage(browser);
  await startDemo(prospect, email);
  await expect(prospect.getByText(/Tu demo vence en 1[45] días/)).toBeVisible();

  // A prospect must not learn that the console exists.
  const denied = await prospect.goto("/admin");
  expect(denied?.status()).toBe(404);
  await expect(prospect.getByText("Consola de ventas")).toHaveCount(0);
  const deniedApi = await prospect.request.get("/api/admin/leads/export");
  expect(deniedApi.status()).toBe(403);
  await prospect.goto("/dashboard/admin-ph?mode=demo");

  const admin = await newPage(browser);
  await loginAdminThroughUi(admin);
  await expect(admin.getByRole("heading", { name: "Leads", level: 1 })).toBeVisible();

  // Leads: search by email.
  await admin.getByLabel("Buscar", { exact: true }).fill(email);
  await admin.getByRole("button", { name: "Filtrar" }).click();
  await admin.waitForURL(/[?&]q=/);
  const leadRows = admin.getByTestId("lead-row");
  await expect(leadRows).toHaveCount(1);
  await expect(leadRows.first()).toContainText(email);
  await expect(leadRows.first()).toContainText("Activo");
  await screenshot(admin, "leads");

  // CSV export of the same filters.
  const downloadPromise = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Exportar CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^leads-.*\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv).toContain("email,name,funnel_stage");
  expect(csv).toContain(email);
  const direct = await admin.request.get(`/api/admin/leads/export?q=${encodeURIComponent(email)}`);
  expect(direct.status()).toBe(200);
  expect(direct.headers()["content-type"]).toContain("text/csv");
  expect(direct.headers()["content-disposition"]).toContain("attachment");

  // Demo detail: extend by 5 days.
  await admin.getByRole("link", { name: `Abrir el demo de ${email}` }).click();
  await admin.waitForURL(/\/admin\/demos\/[0-9a-f-]{36}$/);
  const demoUrl = admin.url();
  await expect(admin.getByTestId("demo-extensions")).toHaveText("0 de 2");
  const expiresBefore = await admin.getByTestId("demo-expires").innerText();
  await admin.getByLabel("Días", { exact: true }).fill("5");
  await admin.getByRole("button", { name: "Extender 5 días" }).click();
  const dialog = admin.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("¿Extender este demo?");
  await dialog.getByRole("button", { name: "Confirmar" }).click();
  await expect(admin.getByTestId("action-result")).toContainText("Demo extendido hasta el");
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId("demo-extensions")).toHaveText("1 de 2");
  await expect(admin.getByTestId("demo-expires")).not.toHaveText(expiresBefore);
  await expect(admin.getByTestId("audit-row").filter({ hasText: "Extendido" })).toHaveCount(1);
  await screenshot(admin, "demo");

  await prospect.reload();
  await expect(prospect.getByText("Tu demo vence en 20 días")).toBeVisible();

  // Terminate.
  await admin.getByRole("button", { name: "Terminar" }).click();
  await expect(dialog).toContainText("¿Terminar este demo?");
  await dialog.getByRole("button", { name: "Confirmar" }).click();
  await expect(admin.getByTestId("action-result")).toContainText("Demo terminado");
  await expect(admin.getByTestId("demo-facts")).toContainText("Terminado");
  await expect(admin.getByRole("button", { name: "Terminar" })).toBeDisabled();

  await prospect.reload();
  await expect(prospect.getByRole("heading", { name: "Demo vencido" })).toBeVisible();

  // Demos list.
  await admin.goto(`/admin/demos?q=${encodeURIComponent(email)}`);
  await expect(admin.getByTestId("demo-row")).toHaveCount(1);
  await expect(admin.getByTestId("demo-row").first()).toContainText("Terminado");
  await expect(admin.getByTestId("demo-row").first()).toContainText("1 de 2");
  await screenshot(admin, "demos");

  // Analytics.
  await admin.getByRole("link", { name: "Analítica" }).click();
  await admin.waitForURL(/\/admin\/analytics$/);
  await expect(admin.getByRole("heading", { name: "Demos creados por día" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Conversión del embudo" })).toBeVisible();
  await expect(admin.getByTestId("funnel-leads")).toBeVisible();
  await expect(admin.locator("[data-chart-area] svg").first()).toBeVisible();
  await screenshot(admin, "analytics");

  // Audit log lists both actions by the sales admin.
  await admin.getByRole("link", { name: "Auditoría" }).click();
  await admin.waitForURL(/\/admin\/audit$/);
  const rows = admin.getByTestId("audit-row").filter({ hasText: email });
  await expect(rows.filter({ hasText: "Extendido" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Terminado" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Extendido" })).toContainText(ADMIN_EMAIL);
  await screenshot(admin, "audit");

  // Unknown demo → 404.
  const unknown = await admin.goto("/admin/demos/00000000-0000-4000-8000-000000000000");
  expect(unknown?.status()).toBe(404);
  expect(demoUrl).toContain("/admin/demos/");

  await Promise.all([prospect.context().close(), admin.context().close()]);
});
