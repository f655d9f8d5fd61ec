/**
 * Login credential rules (docs/rules.md#login-codes; docs/decisions/0027-sign-in-link.md): one live
 * credential per email — a 6-digit code and, in emails, a one-click link — valid 10 minutes, dead after
 * 5 wrong codes, used once (by either form).
 */
export const OTP_TTL_MS = 10 * 60 * 1000; // valid 10 minutes (code and link alike)
export const OTP_MAX_ATTEMPTS = 5; // at most 5 wrong tries, then the code (and its link) is dead
