/**
 * The numbers of the durable email queue (docs/production.md, "Email delivery"). Times in milliseconds.
 */

/** Attempts before an email is given up ("failed"): with the backoff below, about 10 hours of retries. */
export const EMAIL_MAX_ATTEMPTS = 10;
/** Retry backoff: 1 min, 2 min, 4 min… capped at 1 h, jittered down by up to half. */
export const EMAIL_BACKOFF_BASE_MS = 60 * 1000;
export const EMAIL_BACKOFF_MAX_MS = 60 * 60 * 1000;
/**
 * How long an attempt holds its email before another sender may try it (a sender that died mid-send).
 * Longer than the SMTP timeouts of `sendMail` (20 s at most), so two live senders never overlap.
 */
export const EMAIL_LEASE_MS = 2 * 60 * 1000;
/** Emails attempted per lifecycle run at most (bounds the run's duration). */
export const EMAILS_PER_RUN = 300;
/** Emails sent in parallel by one delivery round. */
export const EMAIL_ROUND_SIZE = 10;

/**
 * The wait before retrying an email that has now failed `attempts` times (≥ 1): exponential
 * (base × 2^(attempts−1)), capped at EMAIL_BACKOFF_MAX_MS, with "equal jitter" (a random point in the
 * upper half) so that a backlog after an outage does not retry in lockstep.
 * @param random a number in [0, 1) (injectable for tests).
 * @returns milliseconds, in [capped / 2, capped].
 */
export function emailBackoffMs(attempts: number, random: number = Math.random()): number {
  const capped = Math.min(EMAIL_BACKOFF_MAX_MS, EMAIL_BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(capped / 2 + (capped / 2) * random);
}
