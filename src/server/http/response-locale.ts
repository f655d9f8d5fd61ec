import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "@/lib/i18n";

/**
 * The language the current API request answers in, errors included. `apiRoute` starts it from the
 * `locale` cookie and `Accept-Language`; what is learnt later refines it — the demo organization's
 * language (`withDemoOrg`, after the visitor's explicit choice), a `locale` field in the JSON body
 * (`parseJsonBody`). Server functions never see it: `errorResponse` words their error codes with it.
 * Kept per request (AsyncLocalStorage), never in process memory shared between requests.
 */
const storage = new AsyncLocalStorage<{ locale: Locale }>();

/** Runs `fn` with `locale` as the current request's answering language. */
export function runWithResponseLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run({ locale }, fn);
}

/** The current request's answering language, or `fallback` outside `runWithResponseLocale`. */
export function responseLocale(fallback: Locale): Locale {
  return storage.getStore()?.locale ?? fallback;
}

/** Changes the current request's answering language (a no-op outside `runWithResponseLocale`). */
export function setResponseLocale(locale: Locale): void {
  const store = storage.getStore();
  if (store) store.locale = locale;
}
