// The prospect's first minute, counted: from the landing page to their dashboard by the emailed code
// and by the email's one-click link, on a desktop and at 375 px. Actions = clicks + typed fields (a
// field sent with the keyboard's Enter/Go key counts once, as typing it; the Enter presses are also
// tallied separately). Figures go to test-results/journey-metrics.json; screenshots of the email and
// of the greeting to test-results/screens/.
import { appendFileSync, mkdirSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { inboxSnapshot, waitForSignInEmail } from "../tests/support/inbox";
import { freshEmail, ownClientIp } from "./support";

/** Counts what the person does. */
class Journey {
  clicks = 0;
  typedFields = 0;
  enterKeys = 0;
  private readonly startedAt = Date.now();

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks++;
  }

  /** Types into a field like an on-screen keyboard; `submit` ends with Enter (the keyboard's Go key). */
  async type(field: Locator, text: string, { submit = false } = {}): Promise<void> {
    await field.click();
    await field.pressSequentially(text);
    this.typedFields++;
    if (submit) {
      await field.press("Enter");
      this.enterKeys++;
    }
  }

  /** Opening the link of the email: one click in the mail app. */
  async openEmailLink(url: string): Promise<void> {
    await this.page.goto(url);
    this.clicks++;
  }

  get actions(): number {
    return this.clicks + this.typedFields;
  }

  record(): void {
    const figures = {
      journey: this.name,
      actions: this.actions,
      clicks: this.clicks,
      typedFields: this.typedFields,
      enterKeys: this.enterKeys,
      ms: Date.now() - this.startedAt,
    };
    mkdirSync("test-results", { recursive: true });
    appendFileSync("test-results/journey-metrics.json", `${JSON.stringify(figures)}\n`);
    console.log(`[journey] ${JSON.stringify(figures)}`);
  }
}

/** Landing page → chatbot → demo created; `details` are the optional fields the person fills. */
async function createDemoInChat(journey: Journey, email: string, details: { name?: string; building?: string; units?: string } = {}) {
  const { page } = journey;
  await page.goto("/");
  await journey.click(page.getByRole("button", { name: "Crear mi demo" }).first());
  await journey.click(page.getByRole("button", { name: "Administrador PH" }));
  const before = await inboxSnapshot(email);
  const fields: [Locator, string | undefined][] = [
    [page.getByLabel("Tu nombre (opcional)"), details.name],
    [page.getByLabel("Edificio (opcional)"), details.building],
    [page.getByLabel("Unidades aprox. (opcional)"), details.units],
  ];
  const filled = fields.filter(([, value]) => value !== undefined) as [Locator, string][];
  // The authorization the law asks for is one click (docs/decisions/0059-consent-checkbox-costs-one-action.md).
  await journey.click(page.getByLabel("Autorizo el tratamiento de mis datos personales", { exact: false }));
  await journey.type(page.getByLabel("Correo electrónico"), email, { submit: filled.length === 0 });
  for (const [index, [field, value]] of filled.entries()) await journey.type(field, value, { submit: index === filled.length - 1 });
  await expect(page.getByText("Tu demo está listo", { exact: false })).toBeVisible({ timeout: 15_000 });
  return before;
}

async function expectDashboard(page: Page) {
  await page.waitForURL(/\/dashboard\/admin-ph\?mode=demo/);
  await expect(page.getByTestId("kpi-units")).toBeVisible();
}

for (const viewport of [
  { label: "desktop", size: { width: 1280, height: 800 } },
  { label: "375px", size: { width: 375, height: 667 } },
]) {
  test.describe(`at ${viewport.label}`, () => {
    test.use({ viewport: viewport.size, hasTouch: viewport.label === "375px" });

    test("by the emailed code: at most 6 actions (5 and the authorization) from the landing page to the dashboard", async ({ page }) => {
      await ownClientIp(page);
      const email = freshEmail("journey-code");
      const journey = new Journey(page, `code-${viewport.label}`);
      const before = await createDemoInChat(journey, email);
      await journey.click(page.getByRole("link", { name: "Entrar al demo" }));
      const codeInput = page.getByLabel("Código de 6 dígitos");
      await expect(codeInput).toBeFocused();
      const { code } = await waitForSignInEmail(email, before);
      await journey.type(codeInput, code); // submits itself at the sixth digit
      await expectDashboard(page);
      journey.record();
      expect(journey.actions).toBeLessThanOrEqual(6);
    });

    test("by the email's one-click link: at most 5 actions (4 and the authorization) from the landing page to the dashboard", async ({
      page,
    }) => {
      await ownClientIp(page);
      const email = freshEmail("journey-link");
      const journey = new Journey(page, `link-${viewport.label}`);
      const before = await createDemoInChat(journey, email);
      const { link } = await waitForSignInEmail(email, before);
      await journey.openEmailLink(link);
      await expectDashboard(page);
      journey.record();
      expect(journey.actions).toBeLessThanOrEqual(5);
      // The token does not stay in the address bar or the history.
      expect(page.url()).not.toContain("token=");
    });
  });
}

test.describe("a demo of their building", () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

  test("named and sized after the building, greeting the person by name; the email and greeting are saved", async ({ page, browser }) => {
    await ownClientIp(page);
    const email = freshEmail("carolina");
    const journey = new Journey(page, "link-personalized-375px");
    const before = await createDemoInChat(journey, email, { name: "Carolina", building: "Torres del Parque", units: "12" });
    const log = page.getByRole("log");
    await expect(log.getByText(`Carolina · ${email} · Torres del Parque (12 unidades)`)).toBeVisible();

    const message = await waitForSignInEmail(email, before);
    expect(message.text).toContain("¡Hola, Carolina!");
    expect(message.text).toContain("P.H. Torres del Parque");
    // The email as the inbox shows it.
    const inbox = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await inbox.goto(`${process.env.INBOX_URL}/#/email/${message.id}`);
    await expect(inbox.getByText("Torres del Parque", { exact: false }).first()).toBeVisible();
    await inbox.screenshot({ path: "test-results/screens/journey-email.png" });
    await inbox.close();

    await journey.openEmailLink(message.link);
    await expectDashboard(page);
    journey.record();
    await expect(page.getByTestId("greeting")).toHaveText("Hola, Carolina. Te damos la bienvenida a tu demo.");
    await expect(page.getByTestId("organization-name")).toHaveText("P.H. Torres del Parque");
    await expect(page.getByTestId("kpi-units")).toContainText("12");
    await page.screenshot({ path: "test-results/screens/journey-greeting.png" });
  });

  test("a used link lands on /login with the email filled in and asks for a new link, which arrives with a code", async ({ page }) => {
    await ownClientIp(page);
    const email = freshEmail("used-link");
    const journey = new Journey(page, "used-link");
    const before = await createDemoInChat(journey, email);
    const { link } = await waitForSignInEmail(email, before);
    await page.goto(link);
    await expectDashboard(page);
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await page.waitForURL(/\/login/);

    await page.goto(link);
    await expect(page.getByTestId("link-failed")).toContainText("Pide un enlace nuevo");
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);
    const again = await inboxSnapshot(email);
    await page.getByRole("button", { name: "Pedir un enlace nuevo" }).click();
    const fresh = await waitForSignInEmail(email, again);
    await page.goto(fresh.link);
    await expectDashboard(page);
  });
});
