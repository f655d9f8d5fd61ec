// The guided checklist in real Chromium (docs/engagement.md#the-guided-checklist): a new prospect sees
// the steps that sell Assembly, each links to where it is done and ticks itself once done, and hiding
// the checklist holds across pages and reloads until the prospect shows it again.
import { expect, type Page, test } from "@playwright/test";
import { freshEmail, startDemo } from "./support";

const checklist = (page: Page) => page.getByTestId("onboarding-checklist");
const item = (page: Page, key: string) => page.getByTestId(`onboarding-item-${key}`);

/** Reloads until the item shows done: the page view behind it is recorded just after the response. */
async function expectDone(page: Page, key: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.reload();
        return item(page, key).getAttribute("data-done");
      },
      { timeout: 15_000 },
    )
    .toBe("true");
}

test("the checklist ticks as the prospect acts, and hiding it persists", async ({ page }) => {
  const email = freshEmail("onboarding");
  await startDemo(page, email);

  await expect(checklist(page).getByRole("heading", { name: "Primeros pasos con Assembly" })).toBeVisible();
  await expect(page.getByTestId("onboarding-progress")).toHaveText("0 de 7 completados");
  await expect(checklist(page).getByRole("listitem")).toHaveCount(7);
  for (const key of ["explore_units", "create_assembly", "change_color", "share_with_council"])
    await expect(item(page, key)).toHaveAttribute("data-done", "false");

  // Each step links to where it is done: exploring the units is opening them.
  await item(page, "explore_units").getByRole("link").click();
  await page.waitForURL(/\/dashboard\/admin-ph\/units/);
  await expect(page.getByRole("heading", { level: 1, name: "Unidades y residentes" })).toBeVisible();
  await expectDone(page, "explore_units");
  await expect(page.getByTestId("onboarding-progress")).toHaveText("1 de 7 completados");

  // Changing the colour, from the settings the step links to.
  await item(page, "change_color").getByRole("link").click();
  await page.waitForURL(/\/dashboard\/admin-ph\/settings/);
  await page.getByRole("button", { name: "Verde azulado" }).click();
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("Guardamos la configuración.")).toBeVisible();
  await page.reload();
  await expect(item(page, "change_color")).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("onboarding-progress")).toHaveText("2 de 7 completados");
  await expect(item(page, "create_assembly")).toHaveAttribute("data-done", "false");

  // Hidden: it stays hidden on other pages and after a reload, until shown again.
  await checklist(page).getByRole("button", { name: "Ocultar" }).click();
  await expect(checklist(page)).toBeHidden();
  await page.getByRole("navigation", { name: "Secciones del panel" }).getByRole("link", { name: "Resumen" }).click();
  await page.waitForURL(/\/dashboard\/admin-ph\?mode=demo/);
  await expect(page.getByRole("button", { name: "Ver primeros pasos" })).toBeVisible();
  await expect(checklist(page)).toBeHidden();
  await page.reload();
  await expect(checklist(page)).toBeHidden();

  await page.getByRole("button", { name: "Ver primeros pasos" }).click();
  await expect(checklist(page)).toBeVisible();
  await expect(page.getByTestId("onboarding-progress")).toHaveText("2 de 7 completados");
});

test("a prospect asks for more time from the banner and hears back at once", async ({ page }) => {
  const email = freshEmail("moretime");
  await startDemo(page, email);

  await page.getByTestId("request-more-time").click();
  const dialog = page.getByRole("dialog", { name: "Pedir más tiempo para tu demo" });
  await dialog.getByLabel("Mensaje (opcional)").fill("Quiero mostrarlo en la asamblea del jueves");
  await dialog.getByRole("button", { name: "Enviar solicitud" }).click();
  // A brand-new demo is not engaged yet: the request waits for sales.
  await expect(page.getByTestId("more-time-result")).toHaveText(
    "Recibimos tu solicitud. El equipo de ventas te responderá pronto por correo.",
  );

  await page.getByTestId("request-more-time").click();
  await dialog.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(dialog.getByTestId("more-time-error")).toHaveText("Ya pediste más tiempo: el equipo de ventas está revisando tu solicitud.");
});
