// Stands in for Next's own `next/dist/build/polyfills/polyfill-module` in the browser bundles (see
// `turbopack.resolveAlias` in next.config.mjs). Next adds that module to every page whatever the
// browserslist says; it patches String#trimStart/trimEnd, Symbol#description, Array#flat/flatMap/at,
// Promise#finally, Object.fromEntries/hasOwn — all native in the browsers of package.json's
// browserslist (Chrome/Edge 111+, Firefox 115+, Safari 16.4+) — and URL.canParse, which Chrome before
// 120 and Safari before 17 lack: only that one is kept (docs/performance.md).
if (typeof URL !== "undefined" && !("canParse" in URL)) {
  URL.canParse = function canParse(url, base) {
    try {
      return Boolean(new URL(url, base));
    } catch {
      return false;
    }
  };
}
