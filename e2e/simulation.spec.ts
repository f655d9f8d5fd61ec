// Assembly day, simulated (docs/simulation.md), in real Chromium: the administrator clicks "Simular día de
// asamblea" and watches owners register live without reloading; stops it; a short (10 s) simulated day
// then reaches quorum and votes every item on the live screen; the administrator closes the assembly and
// downloads the PDF acta. Screenshot: test-results/screens/simulation-live.png.
import { expect, test } from "@playwright/test";
import { newProspect, openScheduledAssembly } from "./support";

test("a simulated assembly day reaches quorum, votes every item and closes with a PDF acta", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await newProspect(browser, "sim", { viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  try {
    const assemblyId = await openScheduledAssembly(page);

    // The button starts the assembly and the simulation; owners start arriving without a reload.
    await page.getByTestId("simulation-start").click();
    await expect(page.getByText("En curso", { exact: true })).toBeVisible();
    await expect(page.getByText(/Simulación en curso/)).toBeVisible();
    await expect(page.getByTestId("live-units")).not.toContainText(/^0 de 50/, { timeout: 10_000 });
    await page.getByTestId("simulation-stop").click();
    await expect(page.getByTestId("simulation-start")).toBeVisible();

    // A short day from here: quorum and every item voted within its 10 seconds.
    const started = await page.request.post(`/api/assemblies/${assemblyId}/simulate`, { data: { durationSeconds: 10, seed: 2001 } });
    expect(started.status()).toBe(202);
    await page.reload();
    await expect(page.getByTestId("live-quorum-state")).toHaveText("Hay quórum", { timeout: 20_000 });
    // Every voted item is opened, voted and closed by the end of the 10 seconds; the qualified one fails.
    const items = page.getByTestId("live-item");
    await expect(items).toHaveCount(3);
    for (const item of await items.all()) {
      await expect(item.getByTestId("live-item-status")).toHaveText("Votación cerrada", { timeout: 20_000 });
      await expect(item.getByTestId("live-votes")).toHaveText(/^[1-9]\d* unidades votaron$/);
    }
    await page.screenshot({ path: "test-results/screens/simulation-live.png", fullPage: true });

    await page.getByRole("button", { name: "Cerrar asamblea" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sí, cerrar y generar el acta" }).click();
    const minutes = page.getByTestId("minutes");
    await expect(minutes).toContainText("Hay quórum para deliberar y decidir");
    await expect(minutes).toContainText("Resultado: NO APROBADO.");
    await expect(minutes).toContainText("Resultado: APROBADO.");
    const pdf = await page.request.get(`/api/assemblies/${assemblyId}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  } finally {
    await context.close();
  }
});
