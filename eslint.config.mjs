import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
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
