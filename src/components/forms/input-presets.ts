/**
 * The attributes every email and phone input shares, so phones show the right keyboard and nothing
 * "corrects" an address: spread them into a `TextField` / `FormInput` (`{...emailInput}`).
 */
export const emailInput = { type: "email", inputMode: "email", autoCapitalize: "none", spellCheck: false, maxLength: 254 } as const;

/** See `emailInput`; 30 characters fit any formatted international number. */
export const phoneInput = { type: "tel", inputMode: "tel", maxLength: 30 } as const;
