// Where Debian's Chromium lives, read by the browser tests and the bench's navigations, and its
// install: `npm test` and `npm run bench` add it (with the CJK fonts pages are shown in) when the
// machine lacks it and we are root.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/** Installs Debian's chromium and fonts-noto-cjk when either is missing; says how when not root. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH) && existsSync(CJK_FONT)) return;
  if (process.getuid?.() !== 0) {
    console.error(`${CHROMIUM_PATH} or fonts-noto-cjk is missing: sudo apt-get install -y chromium fonts-noto-cjk`);
    return;
  }
  console.log("installing chromium and fonts-noto-cjk");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env });
}
