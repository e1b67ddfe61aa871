import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// Tests run outside Next's react-server bundle, where `server-only` (a marker Next resolves to an
// empty module on the server and to an error in client bundles) would throw: here it is empty.
const alias = {
  "@": root,
  "server-only": `${root}node_modules/next/dist/compiled/server-only/empty.js`,
  // Server code reads its request's translations with next-intl's getTranslations(), which Next
  // resolves to its react-server build and to the request config (lib/i18n/request.ts): so here.
  "next-intl/server": `${root}node_modules/next-intl/dist/esm/development/server.react-server.js`,
  "next-intl/config": `${root}lib/i18n/request.ts`,
};
// Scripts the tests start with `node --import tsx` resolve `server-only` the same way (tsconfig.scripts.json).
const env = { TSX_TSCONFIG_PATH: `${root}tsconfig.scripts.json` };
// next-intl is bundled by vite here, as by Next, so its `next/headers` resolves (and can be mocked).
const server = { deps: { inline: ["next-intl"] } };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env, server },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          env,
          server,
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          env,
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts", "tests/helpers/e2e-server.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
