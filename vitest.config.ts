import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// Tests run outside Next's react-server bundle, where `server-only` (a marker Next resolves to an
// empty module on the server and to an error in client bundles) would throw: here it is empty.
const alias = { "@": root, "server-only": `${root}node_modules/next/dist/compiled/server-only/empty.js` };
// Scripts the tests start with `node --import tsx` resolve it the same way (tsconfig.scripts.json).
const env = { TSX_TSCONFIG_PATH: `${root}tsconfig.scripts.json` };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          env,
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
