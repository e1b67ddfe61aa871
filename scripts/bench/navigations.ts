// Client-side navigations as the browser makes them: headless Chromium, signed in as the bench
// user, opens a page and moves to each key page through the app router, and the RSC request it
// sends (`RSC: 1`, `Next-Router-State-Tree`, the `_rsc` query) is kept to be replayed under load.
import { chromium, type Request } from "playwright-core";

import { CHROMIUM_PATH, ensureChromium } from "../../tests/helpers/chromium";

export type TNavigation = { url: string; headers: Record<string, string> };

// Sent by the bench's own client instead, or not a browser's to choose.
const DROPPED_HEADERS = new Set(["cookie", "host", "connection", "content-length"]);

/** The RSC request of a client navigation from `from` to each of `paths`, keyed by path. */
export async function captureNavigations(baseUrl: string, cookie: string, from: string, paths: readonly string[]): Promise<Map<string, TNavigation>> {
  ensureChromium();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const captured = new Map<string, TNavigation>();
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    await context.addCookies(
      cookie.split("; ").map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: baseUrl })),
    );
    const page = await context.newPage();
    for (const target of paths) {
      await page.goto(from, { waitUntil: "networkidle" });
      const isNavigation = (request: Request) => {
        const url = new URL(request.url());
        const headers = request.headers();
        return headers.rsc === "1" && !headers["next-router-prefetch"] && `${url.pathname}${url.search.replace(/[?&]_rsc=[^&]*/, "")}`.startsWith(target.split("?")[0]!);
      };
      const [request] = await Promise.all([
        page.waitForRequest(isNavigation),
        page.evaluate((path) => (window as unknown as { next: { router: { push: (href: string) => void } } }).next.router.push(path), target),
      ]);
      const response = await request.response();
      const type = response?.headers()["content-type"] ?? "";
      if (response?.status() !== 200 || !type.startsWith("text/x-component")) {
        throw new Error(`navigation to ${target} answered ${response?.status()} ${type}, not an RSC payload`);
      }
      const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !DROPPED_HEADERS.has(name) && !name.startsWith(":")));
      captured.set(target, { url: request.url().replace(baseUrl, ""), headers });
    }
  } finally {
    await browser.close();
  }
  return captured;
}
