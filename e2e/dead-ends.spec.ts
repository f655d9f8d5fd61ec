// What only a browser shows: the chatbot's authorization checkbox (Ley 1581 de 2012 art. 9), the page-view beacon
// (one view per page opened, whatever the actions on it) and the branded 404 (docs/rules.md#personal-data-ley-1581-de-2012,
// docs/decisions/0061-page-views-from-the-browser.md).
import { expect, test } from "@playwright/test";
import { inboxSnapshot, waitForOtpCode } from "../tests/support/inbox";
import { freshEmail, ownClientIp, requestDemoViaApi, ownerQuery, startDemo, openChatbotAsAdministrator } from "./support";

test("the chatbot sends nothing until the visitor authorizes the processing of their data, then records it", async ({ page }) => {
  const email = freshEmail("consent");
  await openChatbotAsAdministrator(page);
  await expect(page.getByRole("link", { name: "Aviso de privacidad" })).toHaveAttribute("href", "/privacidad");

  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByRole("button", { name: "Crear demo" }).click();
  await expect(page.getByText("Para continuar, marca la autorización de tratamiento de datos.")).toBeVisible();
  expect(await ownerQuery("SELECT 1 FROM platform_leads WHERE email = $1", [email])).toHaveLength(0);

  await page.getByLabel("Autorizo el tratamiento de mis datos personales", { exact: false }).check();
  await page.getByRole("button", { name: "Crear demo" }).click();
  await expect(page.getByText("Tu demo está listo", { exact: false })).toBeVisible({ timeout: 15_000 });
  const [lead] = await ownerQuery<{ consent_given: boolean; consent_notice_version: string }>(
    "SELECT consent_given, consent_notice_version FROM platform_leads WHERE email = $1",
    [email],
  );
  expect(lead).toMatchObject({ consent_given: true });
  expect(lead!.consent_notice_version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test("a returning prospect whose demo expired is told so, with the date, and offered more time and sales", async ({ page }) => {
  const email = freshEmail("returning");
  await requestDemoViaApi(page, email);
  await ownerQuery(
    "UPDATE organizations SET demo_expires_at = '2026-11-20T15:00:00Z' WHERE id = (SELECT organization_id FROM users WHERE email = $1)",
    [email],
  );
  await openChatbotAsAdministrator(page);
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Autorizo el tratamiento de mis datos personales", { exact: false }).check();
  await page.getByRole("button", { name: "Crear demo" }).click();
  const log = page.getByRole("log");
  await expect(log.getByText("Tu demo de Assembly venció el 20 de noviembre de 2026", { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(log.getByText("Ya tienes una cuenta demo")).toHaveCount(0);
  await expect(log.getByRole("link", { name: "Entrar al demo" })).toHaveCount(0);
  await expect(log.getByRole("link", { name: "Pedir más tiempo" })).toHaveAttribute("href", `/login?email=${encodeURIComponent(email)}`);
  await log.getByRole("button", { name: "Hablar con ventas" }).click();
  await expect(page.getByLabel("Correo electrónico")).toBeVisible();
});

test("registering attendance three times on a page counts one page view and three feature uses", async ({ page }) => {
  const email = freshEmail("views");
  await startDemo(page, email);
  const [{ organization_id: organizationId, assembly }] = (await ownerQuery<{ organization_id: string; assembly: string }>(
    `SELECT u.organization_id, (SELECT id FROM assemblies a WHERE a.organization_id = u.organization_id AND a.status = 'scheduled' LIMIT 1) AS assembly
     FROM users u WHERE u.email = $1`,
    [email],
  )) as [{ organization_id: string; assembly: string }];
  const views = async () =>
    (
      await ownerQuery<{ n: number }>(
        "SELECT count(*)::int AS n FROM demo_events WHERE organization_id = $1 AND type = 'page_view' AND data->>'path' = 'assemblies'",
        [organizationId],
      )
    )[0]!.n;

  await page.goto(`/dashboard/admin-ph/assemblies/${assembly}`);
  await expect.poll(views).toBe(1);
  for (let i = 1; i <= 3; i++) {
    await page.getByLabel("Unidad que asiste").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Registrar asistencia" }).click();
    await expect(page.getByTestId("attendance-row")).toHaveCount(i);
  }
  const [{ n: features }] = (await ownerQuery<{ n: number }>(
    "SELECT count(*)::int AS n FROM demo_events WHERE organization_id = $1 AND type = 'feature_used'",
    [organizationId],
  )) as [{ n: number }];
  expect(features).toBe(3);
  expect(await views()).toBe(1);
});

test("an unknown address shows the branded 404, in Spanish and English", async ({ page }) => {
  const response = await page.goto("/no-existe-esta-pagina");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No encontramos esta página" })).toBeVisible();
  await expect(page.getByText("We could not find this page", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Ir al inicio" }).click();
  await page.waitForURL((url) => url.pathname === "/");
});

test("the console's tables fit a 1280 px laptop and a 375 px phone without scrolling sideways", async ({ page }) => {
  const email = freshEmail("fit-a-rather-long-address-for-the-table");
  await requestDemoViaApi(page, email);
  await ownClientIp(page);
  // The shared sales account may ask for 5 codes an hour, and the suite's other files use it too: start this
  // login with a budget of its own.
  await ownerQuery("DELETE FROM rate_limit_counters WHERE key = $1", ["otpRequestPerEmail:sales@assembly.test"]);
  await page.goto("/login?callbackUrl=%2Fadmin");
  await page.getByLabel("Correo electrónico").fill("sales.e2e@assembly.test");
  const before = await inboxSnapshot("sales.e2e@assembly.test");
  await page.getByRole("button", { name: "Enviar código" }).click();
  await page.getByLabel("Código de 6 dígitos").fill(await waitForOtpCode("sales.e2e@assembly.test", before));
  await page.waitForURL(/\/admin$/);

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/admin", "/admin/demos", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.locator("table").first()).toBeVisible();
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - window.innerWidth,
        tables: [...document.querySelectorAll("table")].map((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth),
      }));
      expect({ width, path, ...overflow }).toEqual({ width, path, page: 0, tables: overflow.tables.map(() => 0) });
    }
  }
});
