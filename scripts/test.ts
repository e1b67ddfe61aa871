// `npm test`: every test — unit, integration against a real PostgreSQL, browser tests in
// Chromium — one kind after the other, so the browser tests' production build does not compete
// with the integration tests for the CPU. Installs Debian's Chromium and CJK fonts when they are
// missing and we are root. Extra arguments go to every vitest run.
import { spawnSync } from "node:child_process";

import { ensureChromium } from "../tests/helpers/chromium";

const PROJECTS = ["unit", "integration", "e2e"] as const;

ensureChromium();
let status = 0;
for (const project of PROJECTS) {
  const result = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", project, "--passWithNoTests", ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
