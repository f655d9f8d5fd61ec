/** OTP rules (docs/rules.md#login-codes). */
export const OTP_TTL_MS = 10 * 60 * 1000; // valid 10 minutes
export const OTP_MAX_ATTEMPTS = 5; // at most 5 wrong tries, then the code is dead
