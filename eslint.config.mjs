import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // `const { line, ...data } = row` drops a field by name.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  // Layers point one way (app → components → lib): shared code never imports a route, and a route
  // never reaches into another route's files; what two routes share lives in components/<domain>/.
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx,js}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)app(/|$)",
              message: "components/ and lib/ never import from app/: move the shared piece to components/<domain>/ or lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/app/",
              message: "A route imports its own files by relative path; what several routes share lives in components/<domain>/.",
            },
            {
              regex: "^(\\.\\./)+(?!_components/)[^./][^/]*/",
              message: "A route reaches only into its own or its parent routes' _components/; what several routes share lives in components/<domain>/.",
            },
          ],
        },
      ],
    },
  },
  // Build output (.next and the per-task .next-* dist dirs), generated code, data and reports.
  globalIgnores([
    ".next*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    ".ci/**",
    "node_modules/**",
    "test-results/**",
    "bench-results/**",
  ]),
]);
