import { addCompileHints } from "./scripts/lib/compile-hints.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests and CI build into their own folder so a running `next dev` never wipes their build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // /api/health compares prisma/migrations with _prisma_migrations; serverless bundles must carry the folder.
  outputFileTracingIncludes: { "/api/health": ["./prisma/migrations/**/*"] },
  turbopack: {
    // Next's polyfills for browsers older than package.json's browserslist (Lighthouse's "legacy
    // JavaScript") give way to the one our targets still need; Next requires the module by a relative
    // path from its client runtime, hence both spellings (docs/performance.md).
    resolveAlias: {
      "next/dist/build/polyfills/polyfill-module": { browser: "./next-polyfill-module.js" },
      "../build/polyfills/polyfill-module": { browser: "./next-polyfill-module.js" },
      // use-intl formats messages compiled ahead of time (src/lib/i18n/compiled.ts) in every bundle, so
      // the browser neither downloads nor runs an ICU parser (docs/performance.md).
      "use-intl/format-message": "./src/lib/i18n/format-message.ts",
    },
  },
  compiler: {
    // Every browser chunk starts with V8's `//# allFunctionsCalledOnLoad`: compiled on a background
    // thread while it downloads, not on the main thread while the page hydrates (docs/performance.md).
    runAfterProductionCompile: async (build) => void (await addCompileHints(build)),
  },
  experimental: {
    // src/proxy.ts refuses API bodies over 8 KB; Next need not buffer up to its 10 MB default meanwhile.
    proxyClientMaxBodySize: "16kb",
    // The stylesheet (Tailwind: only the classes in use) goes inside the HTML instead of a render-blocking
    // request: prospects arrive once, from a campaign, on a phone, with nothing cached (docs/performance.md).
    inlineCss: true,
    // One branded 404 for URLs no route matches (src/app/global-not-found.tsx): the app has several root layouts.
    globalNotFound: true,
  },
};

export default nextConfig;
