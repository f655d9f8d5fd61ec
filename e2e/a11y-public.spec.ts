// Pages a visitor sees before logging in: no serious or critical axe violations, usable at 375 px, in
// Spanish and English. Screenshots go to test-results/screens/ for the closing note.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  { name: "landing", path: "/", heading: /propiedad horizontal|condominium/i },
  { name: "login", path: "/login", heading: /Entrar a Assembly|Log in to Assembly/ },
  { name: "public-demo", path: "/demo", heading: /Resumen|Overview/ },
];

for (const locale of ["es", "en"] as const) {
  for (const { name, path, heading } of pages) {
    test(`${name} (${locale}) has no serious accessibility violations and fits 375 px`, async ({ browser }) => {
      const context = await browser.newContext({ baseURL: process.env.BASE_URL, locale: locale === "es" ? "es-CO" : "en-US" });
      const page = await context.newPage();
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, "horizontal scroll at this width").toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/screens/${name}-${locale}-${width}.png`, fullPage: false });
      }
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      await context.close();
    });
  }
}

test("the chatbot's details step and the login's code step have no serious accessibility violations at 375 px", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: process.env.BASE_URL, locale: "es-CO", viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const seriousViolations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);

  await page.goto("/");
  await page.getByRole("button", { name: "Crear mi demo" }).first().click();
  await page.getByRole("button", { name: "Administrador PH" }).click();
  await page.getByRole("button", { name: "Crear demo" }).click(); // empty email: the error state
  await expect(page.getByLabel("Correo electrónico")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Correo electrónico")).toBeFocused();
  expect(await seriousViolations()).toEqual([]);
  await page.screenshot({ path: "test-results/screens/chatbot-details-es-375.png" });

  await page.goto("/login?email=demo%40assembly2.com&sent=1");
  await expect(page.getByLabel("Código de 6 dígitos")).toBeFocused();
  expect(await seriousViolations()).toEqual([]);
  await context.close();
});
