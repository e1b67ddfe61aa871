import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { DEMO_CREDENTIALS } from "@/lib/services/demo-seed";
import { newPage, openHydrated, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";

// Every page of the app, opened as the demo user in both languages, logs no console error and
// throws no page error: no hydration mismatch (React #418), no missing message, no failed script.
// The browser's clock runs in America/Los_Angeles while the account's zone is Asia/Shanghai, so a
// date formatted in the browser's zone instead of the account's differs from the server's HTML.

const BROWSER_ZONE = "America/Los_Angeles";

const suite = browserSuite();
let paths: string[] = [];

beforeAll(async () => {
  const { ensureDemoAccount } = await import("@/lib/services/demo-seed");
  const { db } = suite;
  await ensureDemoAccount();
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.email }, select: { id: true, timeZone: true } });
  expect(user.timeZone).toBe("Asia/Shanghai");
  const company = await db.company.findFirstOrThrow({ where: { userId: user.id, applications: { some: {} } }, select: { id: true } });
  const question = await db.question.findFirstOrThrow({ where: { userId: user.id, placeholder: false }, select: { id: true, setId: true } });
  // A reviewed question shows 上次复习 (last reviewed), at 23:30 UTC: another day in Shanghai than in Los Angeles.
  const reviewedAt = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 10, 23, 30));
  const { setMastery } = await import("@/lib/services/questions-items");
  await setMastery(user.id, { questionId: question.id, status: "LEARNING" }, reviewedAt);
  paths = [
    "/dashboard",
    "/companies",
    `/companies/${company.id}`,
    `/companies/${company.id}/prep`,
    "/board",
    "/questions",
    `/questions/${question.setId}`,
    `/questions/${question.setId}/${question.id}`,
    "/questions/search?q=Transformer",
    "/import",
    "/settings",
    "/calendar",
    "/calendar?view=week",
    `/companies/${company.id}/asked`,
    "/questions/hot",
  ];
});

/** Console errors and uncaught page errors while `visit` runs, each with the URL it came from. */
async function errorsDuring(page: Page, visit: () => Promise<void>, allowed: (text: string, url: string) => boolean = () => false) {
  const errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string; location(): { url: string } }) => {
    if (message.type() === "error" && !allowed(message.text(), message.location().url)) errors.push(`${page.url()}: ${message.text()}`);
  };
  const onPageError = (error: Error) => errors.push(`${page.url()}: ${error.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  try {
    await visit();
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
  }
  return errors;
}

describe.each(["zh", "en"] as const)("every page in %s, browser clock in another zone than the account's", (locale) => {
  it("logs no console error and throws no page error", async () => {
    const page = await newPage(suite.browser, { locale, timeZoneId: BROWSER_ZONE });
    await signIn(page, DEMO_CREDENTIALS.email, DEMO_CREDENTIALS.password);
    const errors: string[] = [];
    for (const path of paths) errors.push(...(await errorsDuring(page, () => openHydrated(page, path))));
    // The 404 page's own document answers 404, which Chromium logs; nothing else may be logged.
    for (const missing of [`/companies/does-not-exist-${locale}`, `/no-such-page-${locale}`]) {
      const notFound = (text: string, url: string) => url.endsWith(missing) && /status of 404/.test(text);
      errors.push(...(await errorsDuring(page, () => openHydrated(page, missing), notFound)));
      await page.getByRole("heading", { level: 1 }).first().waitFor();
    }
    expect(errors).toEqual([]);
    await openHydrated(page, paths[7]!);
    // 23:30 UTC on Jan 10 is Jan 11, 07:30 in Shanghai (the account's zone), not Jan 10 in Los Angeles.
    expect(await page.getByText(locale === "zh" ? /上次复习：/ : /Last reviewed /).textContent()).toMatch(/07:30/);
    await page.context().close();
  });
});
