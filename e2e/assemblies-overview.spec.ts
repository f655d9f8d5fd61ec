// The administrator's assemblies in real Chromium: the overview's KPIs and charts, a closed assembly's
// weighted results and minutes, convening one with the demo's single credit, holding it (attendance,
// votes) and closing it; the same in English; and two prospects who never see each other's assembly.
// Each page also passes axe (no serious or critical violations) and is saved at 1280 and 375 px in
// test-results/screens/.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { randomInt } from "node:crypto";
import { newProspect, type Prospect } from "./support";

test.describe.configure({ mode: "serial" });

const OVERVIEW = "/dashboard/admin-ph?mode=demo";
const CLOSED_WITH_VOTES = "Asamblea Extraordinaria — Impermeabilización de fachadas";
const DETAIL_URL = /\/dashboard\/admin-ph\/assemblies\/[0-9a-f-]{36}$/;

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
}

/** Full-page screenshots at 1280 and 375 px; at 375 px nothing may scroll sideways. */
async function saveScreens(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The charts measure their container again after a resize.
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screens/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

let alice: Prospect;
let bob: Prospect;
let aliceAssemblyUrl = "";
const aliceTitle = `Asamblea extraordinaria — Ascensores ${randomInt(1000, 9999)}`;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  alice = await newProspect(browser, "asm-alice", { reducedMotion: "reduce" });
  bob = await newProspect(browser, "asm-bob", { reducedMotion: "reduce" });
});

test.afterAll(async () => {
  await Promise.all([alice?.context.close(), bob?.context.close()]);
});

test("the overview shows the building's KPIs and its charts", async () => {
  const { page } = alice;
  await page.goto(OVERVIEW);
  await expect(page.getByRole("heading", { level: 1, name: "Resumen" })).toBeVisible();
  await expect(page.getByTestId("kpi-units")).toContainText("50");
  await expect(page.getByTestId("kpi-residents")).toContainText(/\d+/);
  await expect(page.getByTestId("kpi-dues")).toContainText(/\d+ al día/);
  await expect(page.getByTestId("kpi-dues")).toContainText(/\d+ unidades? en mora/);
  await expect(page.getByTestId("kpi-credits")).toContainText("1");
  await expect(page.getByTestId("kpi-last-quorum")).toContainText("%");

  for (const [id, title] of [
    ["chart-quorum", "Asistencia y quórum por asamblea"],
    ["chart-dues", "Estado de cartera"],
    ["chart-votes", "Votaciones de la última asamblea"],
  ] as const) {
    const chart = page.getByTestId(id);
    await expect(chart.getByRole("heading", { name: title })).toBeVisible();
    await expect(chart.locator("[data-chart-mark]").first()).toBeVisible();
  }
  await expect(page.getByTestId("chart-quorum")).toContainText(/\d de \d asambleas cerradas alcanzaron el quórum/);
  await expect(page.getByTestId("chart-quorum").getByRole("table")).toContainText(CLOSED_WITH_VOTES);
  await expect(page.getByTestId("chart-votes")).toContainText(CLOSED_WITH_VOTES);
  await expect(page.getByTestId("chart-votes").getByText("Aprobado", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Asambleas recientes" })).toBeVisible();

  await expectAccessible(page);
  await saveScreens(page, "overview");
});

test("a closed assembly shows each vote's weighted result and readable minutes", async () => {
  const { page } = alice;
  await page.getByRole("navigation", { name: "Secciones del panel" }).getByRole("link", { name: "Asambleas" }).click();
  await page.waitForURL(/\/dashboard\/admin-ph\/assemblies$/);
  await expect(page.getByRole("heading", { level: 1, name: "Asambleas" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Nueva asamblea/ })).toContainText("1 crédito disponible");
  await expect(page.getByTestId("assembly-row")).toHaveCount(4);
  await expectAccessible(page);
  await saveScreens(page, "assemblies");

  await page.getByRole("link", { name: CLOSED_WITH_VOTES }).click();
  await page.waitForURL(DETAIL_URL);
  await expect(page.getByRole("heading", { level: 1, name: CLOSED_WITH_VOTES })).toBeVisible();
  await expect(page.getByTestId("quorum-panel")).toContainText("Quórum alcanzado");

  const fee = page.getByRole("article", { name: /Cuota extraordinaria/ });
  await expect(fee.getByTestId("tally-verdict")).toHaveText(/^(Aprobado|No aprobado)$/);
  await expect(fee.getByTestId("tally-yes")).toContainText("%");
  await expect(fee).toContainText(/Mayoría (simple|calificada): se aprueba/);
  await expect(page.getByTestId("vote-form")).toHaveCount(0);
  await expect(page.getByTestId("attendance-row").first()).toBeVisible();

  const minutes = page.getByTestId("minutes");
  await expect(minutes.getByRole("heading", { name: "Acta", exact: true })).toBeVisible();
  await expect(minutes).toContainText(/ACTA N\.º \d+/);
  await expect(minutes.getByRole("heading", { name: "DESARROLLO" })).toBeVisible();
  await expect(minutes).toContainText("Resultado: APROBADO");
  await expectAccessible(page);
  await saveScreens(page, "assembly-closed");
});

test("convening an assembly spends the credit; afterwards the page explains why there is no other", async () => {
  const { page } = alice;
  // A second tab opened while the credit is still there: its submission must meet the server's 409.
  const secondTab = await alice.context.newPage();
  await secondTab.goto("/dashboard/admin-ph/assemblies/new");
  await page.goto("/dashboard/admin-ph/assemblies/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nueva asamblea" })).toBeVisible();
  await expect(page.getByTestId("credit-notice")).toContainText("Esto usará tu crédito de asamblea");
  await expectAccessible(page);
  await saveScreens(page, "assembly-new");

  // Checked in the browser with the shared schema before anything is sent.
  await page.getByRole("button", { name: "Crear y convocar asamblea" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Revisa los campos marcados" })).toBeVisible();
  await expect(page.getByText("El título debe tener entre 3 y 160 caracteres.")).toBeVisible();
  await expect(page.getByLabel("Título", { exact: true })).toBeFocused();

  await page.getByLabel("Título", { exact: true }).fill(aliceTitle);
  await page.getByRole("radio", { name: "Extraordinaria" }).check();
  await page.getByLabel("Lugar").fill("Salón comunal, piso 1");
  const item2 = page.getByRole("group", { name: "Punto 2", exact: true });
  await item2.getByLabel("Título del punto").fill("Modernización de los ascensores");
  await item2.getByLabel("Descripción (opcional)").fill("Cambio de cabinas y controladores de los dos ascensores.");
  await page.getByRole("button", { name: "Agregar punto" }).click();
  const item3 = page.getByRole("group", { name: "Punto 3", exact: true });
  await expect(item3.getByLabel("Título del punto")).toBeFocused();
  await item3.getByLabel("Título del punto").fill("Horario de la piscina");
  await page.getByRole("button", { name: "Subir el punto 3" }).click();
  await expect(page.getByRole("group", { name: "Punto 2", exact: true }).getByLabel("Título del punto")).toHaveValue(
    "Horario de la piscina",
  );
  await page.getByRole("button", { name: "Bajar el punto 2" }).click();
  await expect(page.getByRole("group", { name: "Punto 3", exact: true }).getByLabel("Título del punto")).toHaveValue(
    "Horario de la piscina",
  );

  await page.getByRole("button", { name: "Crear y convocar asamblea" }).click();
  await page.waitForURL(DETAIL_URL);
  aliceAssemblyUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: aliceTitle })).toBeVisible();
  await expect(page.getByText("Programada", { exact: true })).toBeVisible();

  await secondTab.getByLabel("Título", { exact: true }).fill("Asamblea en otra pestaña");
  await secondTab.getByLabel("Lugar").fill("Salón comunal");
  await secondTab.getByRole("group", { name: "Punto 2", exact: true }).getByLabel("Título del punto").fill("Presupuesto");
  await secondTab.getByRole("button", { name: "Crear y convocar asamblea" }).click();
  const refused = secondTab.getByTestId("no-credits");
  await expect(refused).toHaveAttribute("role", "alert");
  await expect(refused).toContainText("No te quedan créditos de asamblea. Habla con ventas");
  await expect(refused.getByRole("button", { name: "Hablar con ventas" })).toBeVisible();
  await secondTab.close();

  await page.goto("/dashboard/admin-ph/assemblies/new");
  const noCredits = page.getByTestId("no-credits");
  await expect(noCredits.getByRole("heading", { name: "No te quedan créditos de asamblea" })).toBeVisible();
  // A real path to sales, not a mailto: link (docs/sales.md#talk-to-sales).
  await expect(noCredits.getByRole("button", { name: "Hablar con ventas" })).toBeVisible();
  await expect(noCredits.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.getByTestId("assembly-form")).toHaveCount(0);
  await expectAccessible(page);
  await saveScreens(page, "assembly-new-no-credits");

  await page.goto("/dashboard/admin-ph/assemblies");
  await expect(page.getByRole("link", { name: /Nueva asamblea/ })).toContainText("Sin créditos");
  await expect(page.getByRole("link", { name: aliceTitle })).toBeVisible();
});

test("attendance and votes update the results live, and closing writes the minutes", async () => {
  const { page } = alice;
  test.setTimeout(90_000);
  await page.goto(aliceAssemblyUrl);
  const assemblyId = aliceAssemblyUrl.split("/").at(-1)!;
  await expect(page.getByTestId("quorum-percent")).toHaveText(/^0,00\s?%$/);
  await expect(page.getByText("Aún no hay asistentes registrados.")).toBeVisible();

  await page.getByLabel("Unidad que asiste").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Registrar asistencia" }).click();
  await expect(page.getByTestId("attendance-form").getByRole("status")).toContainText(/registrada\. Quórum: \d/);
  await expect(page.getByTestId("attendance-row")).toHaveCount(1);
  await expect(page.getByTestId("quorum-percent")).not.toHaveText(/^0,00\s?%$/);

  // The rest of the room arrives at once, as at the door of a real assembly.
  const unitIds = (
    await page
      .getByLabel("Unidad que asiste")
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  ).filter(Boolean);
  for (const unitId of unitIds.slice(0, 31)) {
    const res = await page.request.post(`/api/assemblies/${assemblyId}/attendance`, { data: { unitId } });
    expect(res.status()).toBe(201);
  }
  await page.reload();
  await expect(page.getByTestId("attendance-row")).toHaveCount(32);
  await expect(page.getByTestId("quorum-panel")).toContainText("Quórum alcanzado");

  // Votes need the assembly started and each item's voting open (the live screen).
  const live = page.getByTestId("live-panel");
  await live.getByRole("button", { name: "Iniciar asamblea" }).click();
  await expect(page.getByText("En curso", { exact: true })).toBeVisible();
  for (const name of [/Modernización de los ascensores/, /Horario de la piscina/]) {
    const switchItem = live.getByRole("region", { name });
    await switchItem.getByRole("button", { name: "Abrir votación" }).click();
    await expect(switchItem.getByTestId("live-item-status")).toHaveText("Votación abierta");
  }

  const lifts = page.getByRole("article", { name: /Modernización de los ascensores/ });
  await expect(lifts).toContainText("Aún no hay votos");
  await lifts.getByLabel("Unidad que vota").selectOption({ index: 1 });
  await lifts.getByRole("radio", { name: "A favor" }).check();
  await lifts.getByRole("button", { name: "Registrar voto" }).click();
  await expect(lifts.getByRole("status")).toContainText("Voto registrado");
  await expect(lifts).toContainText("1 unidad votó");
  await expect(lifts.getByTestId("tally-yes")).not.toHaveText(/^0,00\s?%$/);
  await lifts.getByLabel("Unidad que vota").selectOption({ index: 2 });
  await lifts.getByRole("radio", { name: "En contra" }).check();
  await lifts.getByRole("button", { name: "Registrar voto" }).click();
  await expect(lifts).toContainText("2 unidades votaron");
  await expect(lifts.getByTestId("tally-no")).not.toHaveText(/^0,00\s?%$/);
  await expect(lifts.getByTestId("tally-verdict")).toHaveText("Aún no se aprueba");

  // Most of the room votes yes on the pool's hours: the result turns.
  const detail = (await (await page.request.get(`/api/assemblies/${assemblyId}`)).json()) as { agenda: { id: string; title: string }[] };
  const pool = detail.agenda.find((item) => item.title === "Horario de la piscina")!;
  for (const unitId of unitIds.slice(0, 24)) {
    const res = await page.request.post(`/api/assemblies/${assemblyId}/votes`, { data: { agendaItemId: pool.id, unitId, choice: "yes" } });
    expect(res.status()).toBe(201);
  }
  await page.reload();
  await expect(page.getByRole("article", { name: /Horario de la piscina/ }).getByTestId("tally-verdict")).toHaveText("Se aprobaría");
  await expectAccessible(page);
  await saveScreens(page, "assembly-live");

  await page.getByRole("button", { name: "Cerrar asamblea" }).click();
  const dialog = page.getByRole("dialog", { name: "¿Cerrar la asamblea?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancelar" })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/assembly-close-dialog-1280.png" });
  await dialog.getByRole("button", { name: "Sí, cerrar y generar el acta" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Asamblea cerrada. El acta está lista." })).toBeVisible();
  await expect(page.getByText("Cerrada", { exact: true })).toBeVisible();
  await expect(page.getByTestId("vote-form")).toHaveCount(0);
  const minutes = page.getByTestId("minutes");
  await expect(minutes).toContainText(/ACTA N\.º 4/);
  await expect(minutes).toContainText("Hay quórum para deliberar y decidir");
  await expect(minutes).toContainText("Horario de la piscina");
  await expect(minutes).toContainText("Resultado: APROBADO");
  await expect(page.getByRole("article", { name: /Horario de la piscina/ }).getByTestId("tally-verdict")).toHaveText("Aprobado");
  await saveScreens(page, "assembly-closed-new");
});

test("the same journey reads in English", async () => {
  const { context, page } = bob;
  await context.addCookies([{ name: "locale", value: "en", url: process.env.BASE_URL! }]);
  await page.goto(OVERVIEW);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("kpi-units")).toContainText("Units");
  await expect(page.getByTestId("kpi-dues")).toContainText("up to date");
  await expect(page.getByRole("heading", { name: "Attendance and quorum per assembly" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dues status" })).toBeVisible();
  await expect(page.getByTestId("chart-votes").locator("[data-chart-mark]").first()).toBeVisible();
  await saveScreens(page, "overview-en");

  await page.getByRole("link", { name: "Assemblies", exact: true }).click();
  await expect(page.getByRole("link", { name: /New assembly/ })).toContainText("1 credit left");
  await page.getByRole("link", { name: CLOSED_WITH_VOTES }).click();
  await page.waitForURL(DETAIL_URL);
  await expect(page.getByRole("heading", { name: "Agenda and votes" })).toBeVisible();
  await expect(page.getByTestId("tally-verdict").first()).toHaveText(/^(Passed|Not passed)$/);
  await expect(page.getByTestId("minutes").getByRole("heading", { name: "Minutes", exact: true })).toBeVisible();

  await page.goto("/dashboard/admin-ph/assemblies/new");
  await expect(page.getByTestId("credit-notice")).toContainText("This will use your assembly credit.");
  await page.getByLabel("Title", { exact: true }).fill("Extraordinary meeting — Roof repair");
  await page.getByLabel("Location").fill("Community room");
  await page.getByRole("group", { name: "Item 2", exact: true }).getByLabel("Item title").fill("Roof repair budget");
  await page.getByRole("button", { name: "Create and convene assembly" }).click();
  await page.waitForURL(DETAIL_URL);
  await expect(page.getByText("Scheduled", { exact: true })).toBeVisible();

  await page.getByLabel("Attending unit").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Register attendance" }).click();
  await expect(page.getByTestId("attendance-form").getByRole("status")).toContainText("registered. Quorum:");
  await page.getByTestId("live-panel").getByRole("button", { name: "Start assembly" }).click();
  await expect(page.getByText("In progress", { exact: true })).toBeVisible();
  const roofLive = page.getByTestId("live-panel").getByRole("region", { name: /Roof repair budget/ });
  await roofLive.getByRole("button", { name: "Open voting" }).click();
  await expect(roofLive.getByTestId("live-item-status")).toHaveText("Voting open");
  const roof = page.getByRole("article", { name: /Roof repair budget/ });
  await roof.getByLabel("Voting unit").selectOption({ index: 1 });
  await roof.getByRole("radio", { name: "Yes" }).check();
  await roof.getByRole("button", { name: "Record vote" }).click();
  await expect(roof).toContainText("1 unit voted");
  await expect(roof.getByTestId("tally-verdict")).toHaveText("Quorum needed to decide");
  await page.getByRole("button", { name: "Close assembly" }).click();
  const dialog = page.getByRole("dialog", { name: "Close the assembly?" });
  await expect(dialog).toContainText("There is no quorum yet");
  await dialog.getByRole("button", { name: "Yes, close and generate the minutes" }).click();
  await expect(page.getByText("Assembly closed. The minutes are ready.")).toBeVisible();
  await expect(page.getByTestId("minutes")).toContainText("No hay quórum");
  await expect(roof.getByTestId("tally-verdict")).toHaveText("No decision: no quorum");
  await saveScreens(page, "assembly-closed-en");

  await page.goto("/dashboard/admin-ph/assemblies/new");
  await expect(page.getByRole("heading", { name: "You have no assembly credits left" })).toBeVisible();
  await expect(page.getByTestId("no-credits").getByRole("button", { name: "Talk to sales" })).toBeVisible();
});

test("one prospect's new assembly is invisible to another, even by its address", async () => {
  const { page } = bob;
  await page.goto("/dashboard/admin-ph/assemblies");
  await expect(page.getByTestId("assembly-row").first()).toBeVisible();
  await expect(page.getByText(aliceTitle)).toHaveCount(0);
  await page.goto(OVERVIEW);
  await expect(page.getByText(aliceTitle)).toHaveCount(0);

  const foreign = await page.goto(aliceAssemblyUrl);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that assembly." })).toBeVisible();
  const malformed = await page.goto("/dashboard/admin-ph/assemblies/not-a-uuid");
  expect(malformed?.status()).toBe(404);
  const api = await page.request.get(`/api${aliceAssemblyUrl.replace("/dashboard/admin-ph", "")}`);
  expect(api.status()).toBe(404);

  // Alice still sees hers.
  const own = await alice.page.goto(aliceAssemblyUrl);
  expect(own?.status()).toBe(200);
});
