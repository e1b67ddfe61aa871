// `npm test`: every test — unit, integration against a real PostgreSQL, browser tests in
// Chromium — one kind after the other, so the browser tests' production build does not compete
// with the integration tests for the CPU. Installs Debian's Chromium and CJK fonts when they are
// missing and we are root. Extra arguments go to every vitest run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

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

type TReport = { success: boolean; numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

ensureChromium();
const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const project of PROJECTS) {
  const report = `test-results/vitest-${project}.json`;
  rmSync(report, { force: true });
  const result = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--project", project, "--passWithNoTests", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  if (result.status !== 0) status = result.status ?? 1;
  if (!existsSync(report)) {
    status ||= 1;
    continue;
  }
  const summary = JSON.parse(readFileSync(report, "utf8")) as TReport;
  // The report decides too: the embedded PostgreSQL's exit hook can end vitest with code 0.
  if (!summary.success || summary.numFailedTests > 0) status ||= 1;
  totals.passed += summary.numPassedTests;
  totals.failed += summary.numFailedTests;
  totals.skipped += summary.numPendingTests + summary.numTodoTests;
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(status);
