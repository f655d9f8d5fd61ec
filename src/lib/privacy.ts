/**
 * The privacy notice's version (Decreto 1377 de 2013 art. 15: the controller keeps proof of the notice the
 * holder was shown). The chatbot shows the notice summarized with a link to `/privacidad`; a lead that
 * authorizes records this version beside its time (docs/rules.md#personal-data-ley-1581-de-2012). Bump it
 * whenever the text of the notice (`privacy` and `chatbot.consent*` messages) changes in substance.
 */
export const PRIVACY_NOTICE_VERSION = "2026-12-01";

/**
 * The controller of the data (Ley 1581 de 2012 art. 3 e; Decreto 1377 de 2013 art. 15: the notice names it and
 * how to reach it). Replace with the company's legal name, address and data-protection mailbox before going live.
 */
export const PRIVACY_CONTROLLER = {
  name: "Assembly S.A.S.",
  address: "Bogotá D.C., Colombia",
  email: "privacidad@assembly.test",
} as const;
