// Assembly day, live, in real Chromium with two browser contexts: the administrator at 1280 px starts
// the assembly and opens an item's voting; a phone at 375 px opens a unit's voter link (no account),
// confirms attendance and votes; the administrator's live quorum and tally change without a reload.
// Closing writes the minutes, downloadable as a PDF, and kills the link. Screenshots go to
// test-results/screens/live-admin.png, live-phone.png (and the PDF to acta.pdf).
import { expect, test } from "@playwright/test";
import { randomInt } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { freshEmail, startDemo, openScheduledAssembly } from "./support";

test("the administrator sees a phone's attendance and vote live, then closes with a PDF acta", async ({ browser }) => {
  test.setTimeout(120_000);
  const ip = () => `10.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;
  const admin = await browser.newContext({
    baseURL: process.env.BASE_URL,
    locale: "es-CO",
    viewport: { width: 1280, height: 900 },
    reducedMotion: "reduce",
    extraHTTPHeaders: { "x-forwarded-for": ip() },
  });
  const phone = await browser.newContext({
    baseURL: process.env.BASE_URL,
    locale: "es-CO",
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    extraHTTPHeaders: { "x-forwarded-for": ip() },
  });
  try {
    const page = await admin.newPage();
    const email = freshEmail("live");
    await startDemo(page, email);
    const assemblyId = await openScheduledAssembly(page);

    // Start: the live screen replaces the start form.
    const live = page.getByTestId("live-panel");
    await live.getByLabel("Presidente de la asamblea (opcional)").fill("Lucía Restrepo");
    await live.getByRole("button", { name: "Iniciar asamblea" }).click();
    await expect(page.getByText("En curso", { exact: true })).toBeVisible();
    await expect(live.getByText(/^En curso desde las/)).toBeVisible();
    await expect(page.getByTestId("live-units")).toContainText("0 de 50 unidades presentes");
    const item = live.getByTestId("live-item").first();
    await item.getByRole("button", { name: "Abrir votación" }).click();
    await expect(item.getByTestId("live-item-status")).toHaveText("Votación abierta");
    await expect(page.getByTestId("voter-qr").locator("svg")).toBeVisible();

    // The phone opens the QR code's link: no account, the unit and its coefficient.
    const link = (await page.getByTestId("voter-link").getAttribute("href"))!;
    expect(link).toMatch(/\/vote\/[A-Za-z0-9_-]{86}$/);
    const mobile = await phone.newPage();
    await mobile.goto(new URL(link).pathname);
    await expect(mobile.getByTestId("voter-unit")).toContainText("Unidad");
    await expect(mobile.getByTestId("voter-coefficient")).toContainText("Coeficiente");
    await expect.poll(() => mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await mobile.getByRole("button", { name: "Confirmar mi asistencia" }).click();
    await expect(mobile.getByText("Asistencia registrada.")).toBeVisible();
    // The administrator's screen follows without a reload.
    await expect(page.getByTestId("live-units")).toContainText("1 de 50 unidades presentes", { timeout: 5_000 });
    await expect(page.getByTestId("live-quorum-percent")).not.toHaveText(/^0,00\s?%$/);

    await mobile.getByTestId("voter-item").first().getByRole("button", { name: "A favor" }).click();
    await expect(mobile.getByTestId("voter-confirmation")).toContainText("Tu voto: A favor");
    await expect(item.getByTestId("live-votes")).toHaveText("1 unidad votó", { timeout: 5_000 });
    await expect(item.getByTestId("live-yes")).toHaveText(/^100,00\s?%$/);
    await mobile.screenshot({ path: "test-results/screens/live-phone.png", fullPage: true });
    await page.screenshot({ path: "test-results/screens/live-admin.png", fullPage: true });

    // A change of mind updates the one vote.
    await mobile.getByTestId("voter-item").first().getByRole("button", { name: "En contra" }).click();
    await expect(item.getByTestId("live-no")).toHaveText(/^100,00\s?%$/, { timeout: 5_000 });
    await expect(item.getByTestId("live-votes")).toHaveText("1 unidad votó");

    // Close: the acta names the president and the real times, and the PDF downloads.
    await page.getByRole("button", { name: "Cerrar asamblea" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sí, cerrar y generar el acta" }).click();
    await expect(page.getByTestId("minutes")).toContainText("Presidente de la asamblea: Lucía Restrepo");
    await expect(page.getByTestId("minutes-pdf")).toBeVisible();
    const pdf = await page.request.get(`/api/assemblies/${assemblyId}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await writeFile("test-results/screens/acta.pdf", bytes);

    // The link is dead once the assembly is closed.
    await mobile.reload();
    await expect(mobile.getByTestId("vote-link-dead")).toContainText("La asamblea ya se cerró");
  } finally {
    await Promise.all([admin.close(), phone.close()]);
  }
});
