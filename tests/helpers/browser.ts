import { chromium, type Browser, type Page } from "playwright-core";
import { afterEach, expect, inject } from "vitest";

import { CHROMIUM_PATH } from "./chromium";

export function baseUrl(): string {
  return inject("baseUrl");
}

/** Debian's Chromium, headless, with the flags that keep it off the closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
}

// Messages a page's client components asked for but its i18n scope lacks (next-intl's onError in
// lib/i18n/formats.ts logs them as "[i18n] MISSING_MESSAGE: …"); every test that opened a page fails on any.
const missingMessages: string[] = [];

afterEach(() => {
  expect(missingMessages.splice(0), "message keys missing from the page's <I18nScope>").toEqual([]);
});

/** A page's viewport width, language cookie and `timeZoneId`: the zone the browser's clock runs in (Intl, Date), e.g. "America/Los_Angeles". */
type TPageOptions = { width?: number; locale?: "zh" | "en"; timeZoneId?: string };

export async function newPage(browser: Browser, options: TPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, baseURL: baseUrl(), timezoneId: options.timeZoneId });
  if (options.locale) {
    await context.addCookies([{ name: "ob-locale", value: options.locale, url: baseUrl() }]);
  }
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().startsWith("[i18n]")) missingMessages.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/**
 * Loads `path` and waits until React has hydrated it and its requests have settled: a value typed
 * into a form before then would be lost.
 */
export async function openHydrated(page: Page, path: string) {
  await page.goto(path, { waitUntil: "networkidle" });
  await page.waitForFunction(() => document.readyState === "complete");
}

/** Holds back each script chunk `page` loads whose text includes `marker`, until the returned function is called. */
export async function holdChunks(page: Page, marker: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(marker)) await held;
    await route.fulfill({ response, body });
  });
  return () => release();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** A new page of `browser` (with `options`, as newPage), signed in as `user` through the real sign-in page. */
export async function signedInPage(browser: Browser, user: { email: string; password: string }, options: TPageOptions = {}): Promise<Page> {
  const page = await newPage(browser, options);
  await signIn(page, user.email, user.password);
  return page;
}

export type TSignedInUser = { id: string; email: string; cookie: string };

/** A new user signed in through the real sign-in page, with the Cookie header of its session. */
export async function signedInUser(name: string): Promise<TSignedInUser> {
  const { createTestUser } = await import("./users");
  const user = await createTestUser(name);
  const browser = await launchBrowser();
  try {
    const page = await signedInPage(browser, user);
    const cookies = await page.context().cookies();
    return { id: user.id, email: user.email, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
  } finally {
    await browser.close();
  }
}
