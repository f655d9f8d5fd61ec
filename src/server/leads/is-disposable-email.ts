import "server-only";
import MailChecker from "mailchecker";

/**
 * Whether `email` is on a throw-away mailbox domain (mailinator.com, 10minutemail.com, …), per the
 * maintained `mailchecker` list, including subdomains of listed domains (docs/rules.md#demo-request).
 * @param email an address already normalized by `emailSchema`.
 */
export function isDisposableEmail(email: string): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1);
  const blocked = MailChecker.blacklist();
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    if (blocked.has(labels.slice(i).join("."))) return true;
  }
  return false;
}
