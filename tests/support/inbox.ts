// Reads the local maildev inbox through its JSON API, as a person would read their mailbox.
type InboxEmail = { id: string; subject: string; text?: string; time: string; to: { address: string }[] };

const inboxUrl = () => {
  const url = process.env.INBOX_URL;
  if (!url) throw new Error("INBOX_URL is not set: run through `npm test`.");
  return url;
};

/** Messages sent to `address`, newest first. */
export async function listEmails(address: string): Promise<InboxEmail[]> {
  const res = await fetch(`${inboxUrl()}/api/email?to.address=${encodeURIComponent(address)}&sort=desc`);
  if (!res.ok) throw new Error(`inbox answered ${res.status}`);
  return (await res.json()) as InboxEmail[];
}

/** The ids of the messages `address` has now: pass it to `waitForOtpCode` before asking for a code. */
export async function inboxSnapshot(address: string): Promise<Set<string>> {
  return new Set((await listEmails(address)).map((m) => m.id));
}

/**
 * Waits for a message to `address` that is not in `seen` (from `inboxSnapshot`) and returns the 6-digit
 * code in its subject. @throws after `timeoutMs` without one.
 */
export async function waitForOtpCode(address: string, seen: Set<string> = new Set(), timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const fresh = (await listEmails(address)).filter((m) => !seen.has(m.id));
    const code = fresh.map((m) => /\b(\d{6})\b/.exec(m.subject)?.[1]).find(Boolean);
    if (code) return code;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no new login code reached ${address} within ${timeoutMs} ms`);
}

/** What a "demo ready" email carries: its one-click sign-in link (and that link's token) and its code. */
export type SignInEmail = { id: string; text: string; link: string; token: string; code: string };

/**
 * Waits for an email with a sign-in link to `address` ("demo ready", or a login code asked on /login)
 * that is not in `seen` and reads its link (`…/login?email=…&token=…`) and its 6-digit code.
 * @throws after `timeoutMs` without one.
 */
export async function waitForSignInEmail(address: string, seen: Set<string> = new Set(), timeoutMs = 15_000): Promise<SignInEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const message of (await listEmails(address)).filter((m) => !seen.has(m.id))) {
      const text = message.text ?? "";
      const link = /https?:\/\/\S+\/login\?\S*token=[A-Za-z0-9_-]+/.exec(text)?.[0];
      // "demo ready" ends the code's line with it; a login-code email has it in the subject.
      const code = /:\s(\d{6})\s*$/m.exec(text)?.[1] ?? /\b(\d{6})\b/.exec(message.subject)?.[1];
      if (link && code) return { id: message.id, text, link, token: new URL(link).searchParams.get("token")!, code };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no sign-in email reached ${address} within ${timeoutMs} ms`);
}
