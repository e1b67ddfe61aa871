// `npm test`: every test — unit, integration against a real PostgreSQL, browser tests in
// Chromium. Installs Debian's Chromium and CJK fonts when they are missing and we are root.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

import { CHROMIUM_PATH } from "../tests/helpers/browser";

function ensureChromium() {
  const hasFonts = existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
  if (existsSync(CHROMIUM_PATH) && hasFonts) return;
  if (process.getuid?.() !== 0) {
    console.error(`[test] ${CHROMIUM_PATH} or fonts-noto-cjk is missing: sudo apt-get install -y chromium fonts-noto-cjk`);
    return;
  }
  console.log("[test] installing chromium and fonts-noto-cjk");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

type TReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

ensureChromium();
const report = "test-results/vitest.json";
rmSync(report, { force: true });
const result = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, "utf8")) as TReport;
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
}
process.exit(result.status ?? 1);
