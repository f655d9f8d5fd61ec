// Type-aware ESLint (docs/development.md#checks-before-a-commit): Next's rules plus typescript-eslint's checks that catch
// un-awaited promises and keep type-only imports explicit.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const config = [
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", ".data/**", "src/server/db/generated/**", "test-results/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // Module augmentation (next-auth, use-intl) only works through interface declaration merging.
  { files: ["**/*.d.ts", "src/components/intl-provider.tsx"], rules: { "@typescript-eslint/consistent-type-definitions": "off" } },
];

export default config;
