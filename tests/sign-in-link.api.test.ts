// The one-click sign-in link of the "demo ready" email, through the real endpoints, inbox and next-auth:
// single use, bound to its email, 10 minutes, and one credential with the code (using either spends both).
import { describe, expect, it } from "vitest";
import {
  appUrl,
  createDemo,
  loginWithCode,
  loginWithLink,
  ownerQuery,
  postJson,
  randomEmail,
  randomIp,
  storedCredential,
} from "./support/app";
import { inboxSnapshot, listEmails, waitForOtpCode, waitForSignInEmail } from "./support/inbox";

async function sessionEmail(cookie: string): Promise<unknown> {
  const session = (await (await fetch(`${appUrl()}/api/auth/session`, { headers: { cookie } })).json()) as { user?: { email?: string } };
  return session.user?.email;
}

/** A new demo for a fresh email, and what its "demo ready" email carries. */
async function demoWithEmail() {
  const email = randomEmail("link");
  const before = await inboxSnapshot(email);
  const res = await postJson("/api/demo/request", { email, profile: "admin_ph" });
  expect(res.status).toBe(201);
  return { email, ...(await waitForSignInEmail(email, before)) };
}

describe("the sign-in link in the demo-ready email", () => {
  it("carries a link and a 6-digit code; the link signs in once and then neither it nor the code works", async () => {
    const { email, link, token, code, text } = await demoWithEmail();
    expect(new URL(link).pathname).toBe("/login");
    expect(new URL(link).searchParams.get("email")).toBe(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(text).toContain("vencen en 10 minutos");

    const row = await storedCredential(email);
    expect(row.link_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.link_hash).not.toContain(token);
    expect(row.ttl_s).toBe(600);

    const cookie = await loginWithLink(email, token);
    expect(await sessionEmail(cookie)).toBe(email);

    await expect(loginWithLink(email, token)).rejects.toThrow(/refused/);
    await expect(loginWithCode(email, code)).rejects.toThrow(/refused/);
  });

  it("is refused once its code was used", async () => {
    const { email, token, code } = await demoWithEmail();
    await expect(loginWithCode(email, code)).resolves.toContain("session-token");
    await expect(loginWithLink(email, token)).rejects.toThrow(/refused/);
  });

  it("is refused after 10 minutes", async () => {
    const { email, token } = await demoWithEmail();
    await ownerQuery("UPDATE one_time_codes SET expires_at = now() - interval '1 second' WHERE email = $1", [email]);
    await expect(loginWithLink(email, token)).rejects.toThrow(/refused/);
  });

  it("is bound to its email: another address with a demo of its own cannot use it, and it still works for its owner", async () => {
    const owner = await demoWithEmail();
    const other = await createDemo(randomEmail("other"));
    await expect(loginWithLink(other, owner.token)).rejects.toThrow(/refused/);
    await expect(loginWithLink(owner.email.replace("@", "+x@"), owner.token)).rejects.toThrow(/refused/);
    expect(await sessionEmail(await loginWithLink(owner.email, owner.token))).toBe(owner.email);
  });

  it("refuses a malformed or made-up token without spending the real one", async () => {
    const { email, token } = await demoWithEmail();
    await expect(loginWithLink(email, "not-a-token")).rejects.toThrow(/refused/);
    await expect(loginWithLink(email, "A".repeat(43))).rejects.toThrow(/refused/);
    await expect(loginWithLink(email, token)).resolves.toContain("session-token");
  });

  it("is replaced by a new one when the person asks for a new code on /login", async () => {
    const { email, token: oldToken } = await demoWithEmail();
    const before = await inboxSnapshot(email);
    expect((await postJson("/api/auth/otp/request", { email }, { ip: randomIp() })).status).toBe(200);
    const code = await waitForOtpCode(email, before);
    const fresh = (await listEmails(email)).find((m) => !before.has(m.id))!;
    const newToken = new URL(/https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(fresh.text ?? "")![0]).searchParams.get("token")!;
    expect(fresh.text).toContain(code);

    await expect(loginWithLink(email, oldToken)).rejects.toThrow(/refused/);
    await expect(loginWithLink(email, newToken)).resolves.toContain("session-token");
    await expect(loginWithCode(email, code)).rejects.toThrow(/refused/);
  });

  it("is dead, like its code, after 5 wrong codes", async () => {
    const { email, token, code } = await demoWithEmail();
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 5; i++) await expect(loginWithCode(email, wrong)).rejects.toThrow(/refused/);
    await expect(loginWithLink(email, token)).rejects.toThrow(/refused/);
  });
});
