// Login codes (docs/rules.md#login-codes) through the real endpoints, the real inbox and next-auth.
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, login, loginWithCode, ownerQuery, postJson, randomEmail, randomIp, storedCredential } from "./support/app";
import { inboxSnapshot, listEmails, waitForOtpCode } from "./support/inbox";

const SENT = "Si el correo tiene una cuenta, te enviamos un código de 6 dígitos. Revisa tu bandeja.";

async function requestCode(email: string, ip = randomIp()): Promise<string> {
  const before = await inboxSnapshot(email);
  const res = await postJson("/api/auth/otp/request", { email }, { ip });
  expect(res.status).toBe(200);
  return waitForOtpCode(email, before);
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("OTP login", () => {
  it("emails a 6-digit code, stores only its hash, and logs in once with it", async () => {
    const email = await createDemo();
    const res = await postJson("/api/auth/otp/request", { email: email.toUpperCase() });
    expect(await res.json()).toEqual({ success: true, message: SENT });
    const code = await waitForOtpCode(email);
    expect(code).toMatch(/^\d{6}$/);

    const row = await storedCredential(email);
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.code_hash).not.toContain(code);
    expect(row.ttl_s).toBe(600);

    const cookie = await loginWithCode(email, code);
    const session = (await (await fetch(`${appUrl()}/api/auth/session`, { headers: { cookie } })).json()) as {
      user: Record<string, unknown>;
    };
    expect(session.user).toMatchObject({ email, role: "ADMIN_PH", isDemo: true });
    expect(session.user.organizationId).toMatch(/^[0-9a-f-]{36}$/);

    await expect(loginWithCode(email, code)).rejects.toThrow(/refused/);
  });

  it("answers the same for an email without an account and sends nothing", async () => {
    const email = randomEmail("ghost");
    const res = await postJson("/api/auth/otp/request", { email });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true, message: SENT });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await listEmails(email)).toHaveLength(0);
    expect(await ownerQuery("SELECT 1 FROM one_time_codes WHERE email = $1", [email])).toHaveLength(0);
  });

  it("rejects an invalid email with 400", async () => {
    const res = await postJson("/api/auth/otp/request", { email: "x@" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: object } }).error.fields).toHaveProperty("email");
  });

  it("locks the code after 5 wrong tries, even for the right code afterwards", async () => {
    const email = await createDemo();
    const code = await requestCode(email);
    for (let i = 0; i < 5; i++) await expect(loginWithCode(email, wrong(code))).rejects.toThrow(/refused/);
    await expect(loginWithCode(email, code)).rejects.toThrow(/refused/);
  });

  it("accepts the right code after 4 wrong tries", async () => {
    const email = await createDemo();
    const code = await requestCode(email);
    for (let i = 0; i < 4; i++) await expect(loginWithCode(email, wrong(code))).rejects.toThrow(/refused/);
    await expect(loginWithCode(email, code)).resolves.toContain("session-token");
  });

  it("refuses an expired code", async () => {
    const email = await createDemo();
    const code = await requestCode(email);
    await ownerQuery("UPDATE one_time_codes SET expires_at = now() - interval '1 second' WHERE email = $1", [email]);
    await expect(loginWithCode(email, code)).rejects.toThrow(/refused/);
  });

  it("replaces the old code with a new one", async () => {
    const email = await createDemo();
    const first = await requestCode(email);
    const second = await requestCode(email);
    if (first !== second) await expect(loginWithCode(email, first)).rejects.toThrow(/refused/);
    await expect(loginWithCode(email, second)).resolves.toContain("session-token");
  });

  it("binds the code to the email it was sent to", async () => {
    const [a, b] = await Promise.all([createDemo(), createDemo()]);
    const codeA = await requestCode(a);
    await expect(loginWithCode(b, codeA)).rejects.toThrow(/refused/);
    await expect(loginWithCode(a, codeA)).resolves.toContain("session-token");
  });

  it("rate-limits code requests per email (5 per hour) with 429", async () => {
    const email = randomEmail("otp-limit");
    for (let i = 0; i < 5; i++) expect((await postJson("/api/auth/otp/request", { email })).status).toBe(200);
    const limited = await postJson("/api/auth/otp/request", { email });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("logs the shared QA demo in with is_demo true", async () => {
    const cookie = await login("demo@assembly2.com");
    const session = (await (await fetch(`${appUrl()}/api/auth/session`, { headers: { cookie } })).json()) as {
      user: Record<string, unknown>;
    };
    expect(session.user).toMatchObject({ email: "demo@assembly2.com", role: "ADMIN_PH", isDemo: true });
  });
});
