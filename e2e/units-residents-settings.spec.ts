// Units, residents and settings in real Chromium, as a prospect uses them a few minutes into their demo:
// search, filters and pages; a unit's residents added, edited and removed; the organization's name,
// theme colour and language; and two prospects at once who never see each other's changes.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { newProspect } from "./support";

const SCREENS = "test-results/screens";
const DEFAULT_BRAND = "rgb(37, 99, 235)"; // #2563eb, the schema's default theme colour

const sectionLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Secciones del panel" }).getByRole("link", { name });

/** No serious or critical axe violations (every rule axe runs by default) on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, summary.join("\n")).toEqual([]);
}

/** Full-page screenshots at desktop (1280 px) and phone (375 px) widths: `<name>.png`, `<name>-375.png`. */
async function screens(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  // Nothing may stick out sideways on a phone: wide tables scroll inside their own card.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: `${SCREENS}/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const unitRows = (page: Page) => page.getByTestId("units-row");
const residentItem = (page: Page, name: string) => page.getByTestId("resident-item").filter({ hasText: name });

async function searchUnits(page: Page, text: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Buscar" }).fill(text);
  await page.getByRole("searchbox", { name: "Buscar" }).press("Enter");
}

/** Opens one unit from the list by searching its number. */
async function openUnit(page: Page, number: string): Promise<void> {
  await page.goto("/dashboard/admin-ph/units");
  await searchUnits(page, number);
  await expect(page.getByTestId("units-count")).toHaveText("1 unidad coincide");
  await unitRows(page).getByRole("link", { name: number, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Unidad ${number}` })).toBeVisible();
}

async function addResident(
  page: Page,
  resident: { name: string; email: string; phone?: string; type: "Propietario" | "Arrendatario" },
): Promise<Locator> {
  const form = page.getByRole("form", { name: "Agregar residente" });
  await form.getByLabel("Nombre completo").fill(resident.name);
  await form.getByLabel("Correo electrónico").fill(resident.email);
  await form.getByLabel("Teléfono").fill(resident.phone ?? "");
  await form.locator("label", { hasText: resident.type }).click();
  await form.getByRole("button", { name: "Agregar residente" }).click();
  return form;
}

test("units: search, filters and pages, driven by the URL", async ({ browser }) => {
  const { page } = await newProspect(browser, "units");

  // The skeleton shows at once while the list renders: the page's data (not the prefetched loading
  // state) is held back a moment to catch it.
  await page.waitForLoadState("networkidle");
  await page.route(/\/dashboard\/admin-ph\/units(\?|$)/, async (route) => {
    if (!route.request().headers()["next-router-prefetch"]) await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fallback();
  });
  // A pointer reaches the tab before it clicks, and that is when the tab prefetches its page's loading
  // state (IntentLink, docs/performance.md): wait for that prefetch, as a person's pointer would. Next
  // asks first for the route's tree (`next-router-segment-prefetch: /_tree`), then for the segments up to
  // the loading state; a click between the two navigates without the skeleton.
  const tab = sectionLink(page, "Unidades y residentes");
  const prefetched = page.waitForResponse((response) => {
    const headers = response.request().headers();
    return (
      /\/dashboard\/admin-ph\/units(\?|$)/.test(response.url()) &&
      !!headers["next-router-prefetch"] &&
      headers["next-router-segment-prefetch"] !== "/_tree"
    );
  });
  await tab.hover();
  await prefetched;
  await tab.click();
  await expect(page.getByRole("status").filter({ hasText: "Cargando unidades…" })).toBeVisible();
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/units-loading.png` });
  await page.unrouteAll({ behavior: "wait" });

  await page.waitForURL(/\/dashboard\/admin-ph\/units$/);
  await expect(page.getByRole("heading", { level: 1, name: "Unidades y residentes" })).toBeVisible();
  await expect(sectionLink(page, "Unidades y residentes")).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("units-count")).toHaveText("50 unidades");
  await expect(page.getByText("Mostrando 1–20 de 50")).toBeVisible();
  await expect(unitRows(page)).toHaveCount(20);
  await expect(unitRows(page).first()).toContainText("101");
  await expect(unitRows(page).first()).toContainText("Torre A");
  await expect(unitRows(page).first()).toContainText(/\d,\d{4}\s?%/); // coefficient, Colombian format

  await expectAccessible(page);
  await screens(page, "units");

  // Pages: next, a numbered page, previous.
  const pagination = page.getByRole("navigation", { name: "Paginación de unidades" });
  await expect(pagination.getByText("Página 1 de 3")).toBeVisible();
  await pagination.getByRole("link", { name: "Siguiente" }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(page.getByText("Mostrando 21–40 de 50")).toBeVisible();
  await pagination.getByRole("link", { name: "Página 3" }).click();
  await expect(page.getByText("Mostrando 41–50 de 50")).toBeVisible();
  await expect(unitRows(page)).toHaveCount(10);
  await expect(pagination.getByRole("link", { name: "Página 3" })).toHaveAttribute("aria-current", "page");
  await pagination.getByRole("link", { name: "Anterior" }).click();
  await expect(page.getByText("Mostrando 21–40 de 50")).toBeVisible();

  // Search by unit number (also a resident's email tag): one unit, back on page 1.
  await searchUnits(page, "305");
  await expect(page).toHaveURL(/[?&]q=305\b/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.getByTestId("units-count")).toHaveText("1 unidad coincide");
  await expect(unitRows(page)).toHaveCount(1);

  // Dues filter: only units in arrears, every row says so; then the tower filter on top.
  await page.getByRole("searchbox", { name: "Buscar" }).fill("");
  await page.getByRole("combobox", { name: "Cartera" }).selectOption("in_arrears");
  await page.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(page).toHaveURL(/[?&]dues=in_arrears\b/);
  await expect(page.getByTestId("units-count")).toHaveText(/^\d+ unidades? coincide/);
  const arrears = await unitRows(page).count();
  expect(arrears).toBeGreaterThan(0);
  expect(arrears).toBeLessThan(20);
  for (const row of await unitRows(page).all()) await expect(row).toContainText("En mora");
  await page.getByRole("combobox", { name: "Torre" }).selectOption("Torre A");
  await page.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(page).toHaveURL(/[?&]tower=Torre\+A\b/);
  await expect(unitRows(page)).toHaveCount(arrears);

  // Nothing matches: the empty state, and a way back.
  await searchUnits(page, "no-existe-esta-unidad");
  await expect(page.getByText("Ninguna unidad coincide con tu búsqueda")).toBeVisible();
  await expect(unitRows(page)).toHaveCount(0);
  await screens(page, "units-empty");
  await page.getByRole("main").getByRole("link", { name: "Limpiar filtros" }).first().click();
  await expect(page.getByTestId("units-count")).toHaveText("50 unidades");

  // The URL alone reproduces a view (a GET form): reload a filtered page 2.
  await page.goto("/dashboard/admin-ph/units?dues=up_to_date&page=2");
  await expect(page.getByRole("combobox", { name: "Cartera" })).toHaveValue("up_to_date");
  await expect(page.getByText(/^Mostrando 21–\d+ de \d+$/)).toBeVisible();
  for (const row of await unitRows(page).all()) await expect(row).toContainText("Al día");
});

test("a unit's residents: add, edit and remove, with validation and the server's refusals", async ({ browser }) => {
  const { page } = await newProspect(browser, "residents");
  await openUnit(page, "305");
  await expect(page).toHaveURL(/\/dashboard\/admin-ph\/units\/[0-9a-f-]{36}$/);
  const details = page.getByRole("region", { name: "Datos de la unidad" });
  await expect(details).toContainText("Coeficiente de copropiedad");
  await expect(details).toContainText(/\d,\d{4}\s?%/);
  await expect(details).toContainText("Piso");
  await expect(details).toContainText(/\$\s?\d{1,3}(\.\d{3})+/); // monthly fee in COP
  await expect(details).toContainText(/Asistencia a asambleas\s*\d+ de \d+/);
  const before = await page.getByTestId("resident-item").count();
  expect(before).toBeGreaterThan(0);

  // Validation first, in the browser: a bad email is refused with a clear message and focused.
  const form = await addResident(page, { name: "Ana Lucía Pérez", email: "esto-no-es-un-correo", type: "Arrendatario" });
  await expect(form.getByText("Escribe un correo válido, por ejemplo nombre@empresa.com.")).toBeVisible();
  await expect(form.getByLabel("Correo electrónico")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Correo electrónico")).toBeFocused();
  await form.getByLabel("Teléfono").fill("12");
  await form.getByLabel("Correo electrónico").fill("ana.perez.e2e@example.com");
  await form.getByRole("button", { name: "Agregar residente" }).click();
  await expect(form.getByText("Escribe un teléfono de 7 a 15 dígitos", { exact: false })).toBeVisible();

  // Add.
  await form.getByLabel("Teléfono").fill("+57 310 555 0199");
  await form.getByRole("button", { name: "Agregar residente" }).click();
  await expect(form.getByRole("status")).toHaveText("Ana Lucía Pérez ahora es residente de la unidad.");
  await expect(page.getByTestId("resident-item")).toHaveCount(before + 1);
  // The label agrees with the person: Ana is an "Arrendataria".
  await expect(residentItem(page, "Ana Lucía Pérez")).toContainText("Arrendataria");
  await expect(residentItem(page, "Ana Lucía Pérez")).toContainText("ana.perez.e2e@example.com");
  await expect(form.getByLabel("Nombre completo")).toHaveValue("");

  // The same email twice in one unit: the server's 409 message, as it comes.
  await addResident(page, { name: "Ana Pérez", email: "ANA.PEREZ.E2E@example.com", type: "Propietario" });
  await expect(form.getByRole("alert")).toHaveText("Esta unidad ya tiene un residente con ese correo.");
  await expect(page.getByTestId("resident-item")).toHaveCount(before + 1);
  await form.getByLabel("Nombre completo").fill("");
  await form.getByLabel("Correo electrónico").fill("");

  // Edit in place: new name, phone cleared; focus returns to the resident's edit button.
  await page.getByRole("button", { name: "Editar a Ana Lucía Pérez" }).click();
  const editor = page.getByRole("form", { name: "Editar datos de Ana Lucía Pérez" });
  await expect(editor.getByLabel("Nombre completo")).toBeFocused();
  await editor.getByLabel("Nombre completo").fill("Ana Lucía Pérez Gómez");
  await editor.getByLabel("Teléfono").fill("");
  await editor.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("Guardamos los cambios de Ana Lucía Pérez Gómez.")).toBeVisible();
  await expect(editor).toHaveCount(0);
  await expect(residentItem(page, "Ana Lucía Pérez Gómez")).toContainText("Sin teléfono");
  await expect(page.getByRole("button", { name: "Editar a Ana Lucía Pérez Gómez" })).toBeFocused();

  // Saving without changes says so instead of sending an empty update.
  await page.getByRole("button", { name: "Editar a Ana Lucía Pérez Gómez" }).click();
  await page.getByRole("form", { name: "Editar datos de Ana Lucía Pérez Gómez" }).getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("No hay cambios para guardar.")).toBeVisible();
  await page.getByRole("button", { name: "Cancelar" }).click();

  // The unit's only owner cannot be removed: the server's refusal inside the confirmation.
  const owner = page
    .getByTestId("resident-item")
    .filter({ hasText: /Propietari[oa]/ })
    .first();
  await owner.getByRole("button", { name: /^Quitar a / }).click();
  const refusal = page.getByRole("dialog");
  await expect(refusal).toBeVisible();
  await refusal.getByRole("button", { name: "Sí, quitar" }).click();
  await expect(refusal.getByRole("alert")).toContainText("Cada unidad necesita al menos un propietario");
  await page.keyboard.press("Escape");
  await expect(refusal).toBeHidden();

  await expectAccessible(page);
  await screens(page, "unit");

  // Remove, after confirming in a dialog.
  await page.getByRole("button", { name: "Quitar a Ana Lucía Pérez Gómez" }).click();
  const dialog = page.getByRole("dialog", { name: "¿Quitar a Ana Lucía Pérez Gómez?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancelar" })).toBeFocused();
  await page.screenshot({ path: `${SCREENS}/unit-remove-dialog.png` });
  await dialog.getByRole("button", { name: "Sí, quitar" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Ana Lucía Pérez Gómez ya no figura como residente de la unidad.")).toBeVisible();
  await expect(page.getByTestId("resident-item")).toHaveCount(before);
  await expect(residentItem(page, "Ana Lucía Pérez Gómez")).toHaveCount(0);

  // The change is real: it survives a reload.
  await page.reload();
  await expect(page.getByTestId("resident-item")).toHaveCount(before);

  // Malformed and unknown ids: a real 404 page.
  for (const id of ["no-es-un-id", "00000000-0000-4000-8000-000000000000"]) {
    const response = await page.goto(`/dashboard/admin-ph/units/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No encontramos esa unidad" })).toBeVisible();
  }
});

test("settings: name, theme colour and language apply across the dashboard", async ({ browser }) => {
  const { page } = await newProspect(browser, "settings");
  await sectionLink(page, "Configuración").click();
  await expect(page.getByRole("heading", { level: 1, name: "Configuración" })).toBeVisible();
  const name = page.getByLabel("Nombre de la copropiedad");
  const hex = page.getByLabel("Código hexadecimal");
  await expect(name).toHaveValue("P.H. Urban Tower");
  await expect(hex).toHaveValue("#2563eb");
  await expect(sectionLink(page, "Configuración")).toHaveCSS("border-bottom-color", DEFAULT_BRAND);

  await expectAccessible(page);
  await screens(page, "settings");

  // Validation: a malformed colour and a one-letter name are refused before anything is sent.
  await hex.fill("#12");
  await name.fill("X");
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("Escribe un nombre de 2 a 120 caracteres.")).toBeVisible();
  await expect(page.getByText("Escribe un color en formato #RRGGBB, por ejemplo #0f766e.")).toBeVisible();
  await expect(name).toBeFocused();
  await expect(page.getByTestId("organization-name")).toHaveText("P.H. Urban Tower");

  // A colour too light for white text gets a warning (the preview follows the colour as typed).
  await hex.fill("#facc15");
  await expect(page.getByText("Con este color el texto blanco de los botones se lee con dificultad", { exact: false })).toBeVisible();

  // Save a new name and theme colour: the header and every var(--brand) element change at once.
  await name.fill("Edificio Los Cerezos");
  await page.getByRole("button", { name: "Verde azulado" }).click();
  await expect(hex).toHaveValue("#0f766e");
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("Guardamos la configuración.")).toBeVisible();
  await page.mouse.move(0, 0); // no hover colour on the button
  await expect(page.getByTestId("organization-name")).toHaveText("Edificio Los Cerezos");
  const teal = "rgb(15, 118, 110)";
  await expect(sectionLink(page, "Configuración")).toHaveCSS("border-bottom-color", teal);
  await expect(page.getByRole("button", { name: "Guardar cambios" })).toHaveCSS("background-color", teal);
  await screens(page, "settings-saved");

  // …and on every other page, after a reload too.
  await sectionLink(page, "Unidades y residentes").click();
  await expect(page.getByRole("heading", { level: 1, name: "Unidades y residentes" })).toBeVisible();
  await expect(sectionLink(page, "Unidades y residentes")).toHaveCSS("border-bottom-color", teal);
  await page.reload();
  await expect(page.getByTestId("organization-name")).toHaveText("Edificio Los Cerezos");
  await expect(unitRows(page).first().getByRole("link")).toHaveCSS("color", teal);

  // Language: the organization's setting switches the dashboard to English (no language cookie here).
  await sectionLink(page, "Configuración").click();
  await page.locator("label", { hasText: "English" }).click();
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(page.getByLabel("Property name")).toHaveValue("Edificio Los Cerezos");
  await page.getByRole("link", { name: "Units and residents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Units and residents" })).toBeVisible();
  await expect(page.getByTestId("units-count")).toHaveText("50 units");
  await expect(unitRows(page).first()).toContainText(/Up to date|In arrears/);
  await screens(page, "units-en");
});

test("two prospects at once: A's residents and theme colour are not visible to B", async ({ browser }) => {
  const [a, b] = await Promise.all([newProspect(browser, "tenant-a"), newProspect(browser, "tenant-b")]);

  // A adds a resident to unit 101 and paints the dashboard rose.
  await openUnit(a.page, "101");
  const unitUrlOfA = a.page.url();
  await addResident(a.page, { name: "Residente Privado De A", email: "privado.a@example.com", type: "Arrendatario" });
  await expect(residentItem(a.page, "Residente Privado De A")).toBeVisible();
  await a.page.goto("/dashboard/admin-ph/settings");
  await a.page.getByRole("button", { name: "Rosa" }).click();
  await a.page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(a.page.getByText("Guardamos la configuración.")).toBeVisible();
  await expect(sectionLink(a.page, "Configuración")).toHaveCSS("border-bottom-color", "rgb(190, 18, 60)");

  // B, at the same time: same building layout, none of A's changes.
  await openUnit(b.page, "101");
  await expect(residentItem(b.page, "Residente Privado De A")).toHaveCount(0);
  await expect(sectionLink(b.page, "Unidades y residentes")).toHaveCSS("border-bottom-color", DEFAULT_BRAND);
  await b.page.goto("/dashboard/admin-ph/units");
  await searchUnits(b.page, "Residente Privado De A");
  await expect(b.page.getByText("Ninguna unidad coincide con tu búsqueda")).toBeVisible();
  await b.page.goto("/dashboard/admin-ph/settings");
  await expect(b.page.getByLabel("Código hexadecimal")).toHaveValue("#2563eb");

  // A's unit, opened by B by its address: the same 404 as an unknown id, page and API alike.
  const response = await b.page.goto(unitUrlOfA);
  expect(response?.status()).toBe(404);
  await expect(b.page.getByRole("heading", { name: "No encontramos esa unidad" })).toBeVisible();
  const apiResponse = await b.page.request.get(`/api/units/${unitUrlOfA.split("/").pop()}`);
  expect(apiResponse.status()).toBe(404);

  // And A still sees their own resident.
  await a.page.goto(unitUrlOfA);
  await expect(residentItem(a.page, "Residente Privado De A")).toBeVisible();
});
