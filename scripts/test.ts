// `npm test`: every test — unit, integration against a real PostgreSQL, browser tests in
// Chromium — one kind after the other, so the browser tests' production build does not compete
// with the integration tests for the CPU. Installs Debian's Chromium and CJK fonts when they are
// missing and we are root. Extra arguments go to every vitest run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

import { CHROMIUM_PATH } from "../tests/helpers/chromium";

const CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const PROJECTS = ["unit", "integration", "e2e"] as const;

function ensureChromium() {
  if (existsSync(CHROMIUM_PATH) && existsSync(CJK_FONT)) return;
  if (process.getuid?.() !== 0) {
    console.error(`[test] ${CHROMIUM_PATH} or fonts-noto-cjk is missing: sudo apt-get install -y chromium fonts-noto-cjk`);
    return;
  }
  console.log("[test] installing chromium and fonts-noto-cjk");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env });
}

ensureChromium();
let status = 0;
for (const project of PROJECTS) {
  const result = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", project, "--passWithNoTests", ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
