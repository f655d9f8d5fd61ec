// The sales paths in real Chromium (docs/sales.md): "Hablar con ventas" from the chatbot and the demo banner reaching
// the sales inbox, a share link opened by a stranger in a second browser context and then revoked, and the console's
// form that creates a demo for a named prospect, whose invitation arrives in the prospect's inbox.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { listEmails, inboxSnapshot, waitForOtpCode, waitForSignInEmail } from "../tests/support/inbox";
import { freshEmail, ownClientIp, startDemo, newPage } from "./support";

const SALES_INBOX = "ventas@assembly.test";
// The second sales address of the test run (scripts/test.ts): its own login-code budget.
const ADMIN_EMAIL = "closer@assembly.test";

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
}

/** Waits until the sales inbox holds an email whose text contains `marker`. */
async function expectSalesEmail(marker: string): Promise<void> {
  await expect.poll(async () => (await listEmails(SALES_INBOX)).some((m) => m.text?.includes(marker)), { timeout: 15_000 }).toBe(true);
}

test("talk to sales from the chatbot (no session) and from the demo banner reaches the sales inbox", async ({ browser }) => {
  test.setTimeout(120_000);
  const visitor = await newPage(browser);
  await ownClientIp(visitor);
  await visitor.goto("/");
  await visitor.getByRole("button", { name: "Probar el demo" }).click();
  await visitor.getByRole("button", { name: "Hablar con ventas" }).click();
  await visitor.getByTestId("talk-to-sales-chatbot").click();
  const chatDialog = visitor.getByRole("dialog", { name: "Hablar con ventas" });
  await expect(chatDialog).toBeVisible();
  // The email is required without a session.
  await chatDialog.getByLabel("Mensaje").fill("Administro tres conjuntos y quiero una cotización");
  await chatDialog.getByRole("button", { name: "Enviar a ventas" }).click();
  await expect(chatDialog.getByText("Escribe tu correo para que podamos responderte.")).toBeVisible();
  const visitorEmail = freshEmail("chat-sales");
  await chatDialog.getByLabel("Correo electrónico").fill(visitorEmail);
  await chatDialog.getByLabel("Teléfono (opcional)").fill("+57 310 555 0101");
  await chatDialog.getByLabel("¿Cuándo prefieres que te llamemos?").selectOption("afternoon");
  await chatDialog.getByRole("button", { name: "Enviar a ventas" }).click();
  await expect(chatDialog.getByRole("status")).toContainText("Recibimos tu mensaje");
  await expectSalesEmail(visitorEmail);

  const email = freshEmail("banner-sales");
  const prospect = await newPage(browser);
  await startDemo(prospect, email);
  await prospect.getByTestId("talk-to-sales-banner").click();
  const dialog = prospect.getByRole("dialog", { name: "Hablar con ventas" });
  await expect(dialog.getByLabel("Correo electrónico")).toHaveCount(0); // the session says who it is
  await dialog.getByLabel("Mensaje").fill("x");
  await dialog.getByRole("button", { name: "Enviar a ventas" }).click();
  await expect(dialog.getByText("Escribe un mensaje de 5 a 2.000 caracteres.")).toBeVisible();
  await dialog.getByLabel("Mensaje").fill("Nos gustó el demo, ¿podemos hablar el jueves?");
  await expectAccessible(prospect);
  await dialog.getByRole("button", { name: "Enviar a ventas" }).click();
  await expect(dialog.getByRole("status")).toContainText("Recibimos tu mensaje");
  await dialog.getByRole("button", { name: "Cerrar" }).click();
  await expect(dialog).toBeHidden();
  await expectSalesEmail(email);
  await expect(prospect.locator('a[href^="mailto:"]')).toHaveCount(0);
});

test("a share link opens the demo read-only in another browser, counts the view, and stops when revoked", async ({ browser }) => {
  test.setTimeout(120_000);
  const email = freshEmail("share");
  const owner = await newPage(browser);
  await startDemo(owner, email);
  await owner.goto("/dashboard/admin-ph/settings");
  const panel = owner.getByTestId("share-links");
  await expect(panel.getByText("Aún no has creado enlaces.")).toBeVisible();
  await panel.getByRole("button", { name: "Crear enlace para compartir" }).click();
  const urlField = panel.getByLabel("Enlace para compartir");
  await expect(urlField).toHaveValue(/\/compartido\/[A-Za-z0-9_-]{43}$/);
  const url = await urlField.inputValue();
  const organizationName = await owner.getByTestId("organization-name").innerText();
  await expectAccessible(owner);

  // A council member: another browser, no session.
  const council = await newPage(browser);
  await council.goto(new URL(url).pathname);
  await expect(council.getByTestId("organization-name")).toHaveText(organizationName);
  await expect(council.getByText("SOLO LECTURA", { exact: true })).toBeVisible();
  await expect(council.getByTestId("shared-units")).toBeVisible();
  await expect(council.getByTestId("shared-assemblies")).toBeVisible();
  await expect(council.locator("form")).toHaveCount(0);
  await expectAccessible(council);

  await owner.reload();
  const row = owner.getByTestId("share-link-row").first();
  await expect(row.getByTestId("share-link-views")).toHaveText("1");
  await row.getByRole("button", { name: /Revocar el enlace/ }).click();
  await expect(owner.getByTestId("share-links").getByRole("status")).toContainText("Revocamos el enlace");
  await expect(row).toContainText("Revocado");

  await council.reload();
  await expect(council.getByRole("heading", { name: "Este enlace ya no está disponible" })).toBeVisible();
  await expect(council.getByText(organizationName)).toHaveCount(0);
});

test("sales creates a demo for a named prospect from the console and the prospect gets the invitation", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await newPage(browser);
  await ownClientIp(admin);
  await admin.goto("/admin/demos");
  await admin.waitForURL(/\/login\?callbackUrl/);
  await admin.getByLabel("Correo electrónico").fill(ADMIN_EMAIL);
  const before = await inboxSnapshot(ADMIN_EMAIL);
  await admin.getByRole("button", { name: "Enviar código" }).click();
  await admin.getByLabel("Código de 6 dígitos").fill(await waitForOtpCode(ADMIN_EMAIL, before));
  await admin.waitForURL(/\/admin\/demos$/);

  await admin.getByText("Crear demo para un prospecto").click();
  const form = admin.getByTestId("sales-demo-form");
  const email = freshEmail("named");
  await form.getByLabel("Correo del prospecto").fill(email);
  await form.getByLabel("Nombre (opcional)").fill("Julián Pardo");
  await form.getByLabel("Nombre de la copropiedad (opcional)").fill("Torres de Santa Fe P.H.");
  await form.getByLabel("Escenario").selectOption("small-building");
  await form.getByLabel("Duración (días, 1–30)").fill("45");
  await form.getByRole("button", { name: "Crear demo y enviar invitación" }).click();
  await expect(form.getByText("Escribe un número entero de días entre 1 y 30.")).toBeVisible();
  await form.getByLabel("Duración (días, 1–30)").fill("10");
  await expectAccessible(admin);
  await form.getByRole("button", { name: "Crear demo y enviar invitación" }).click();
  await expect(form.getByRole("status")).toContainText(`Enviamos la invitación a ${email}`);

  const invitation = await waitForSignInEmail(email);
  expect(invitation.text).toContain("Torres de Santa Fe P.H.");
  await form.getByRole("link", { name: "Abrir el demo" }).click();
  await expect(admin.getByTestId("demo-facts")).toContainText("Torres de Santa Fe P.H.");

  // The same person again: one demo per person.
  await admin.goto("/admin/demos");
  await admin.getByText("Crear demo para un prospecto").click();
  await admin.getByTestId("sales-demo-form").getByLabel("Correo del prospecto").fill(email);
  await admin.getByTestId("sales-demo-form").getByRole("button", { name: "Crear demo y enviar invitación" }).click();
  await expect(admin.getByTestId("sales-demo-form").getByRole("status")).toContainText("ya tiene un demo");

  // The prospect signs in with the invitation's link and lands in the demo sales prepared.
  const prospect = await newPage(browser);
  await prospect.goto(invitation.link);
  await prospect.waitForURL(/\/dashboard\/admin-ph/);
  await expect(prospect.getByTestId("organization-name")).toHaveText("Torres de Santa Fe P.H.");
});
