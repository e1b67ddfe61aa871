import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { newPage, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// Under the Content-Security-Policy every page still works as it did: no policy violation and no
// console error on any page, while KaTeX, highlighted code, an uploaded image, a dialog,
// toasts, drag and drop by keyboard and the theme switch all run.

// The smallest PNG the browser decodes: 1×1, transparent.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"));
const RICH_TITLE = "注意力的缩放因子";
const RICH_ANSWER = [
  "缩放因子 $\\sqrt{d_k}$ 让点积的方差保持为 1：",
  "$$\n\\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V\n$$",
  "```python\ndef attention(q, k, v):\n    return softmax(q @ k.T / k.shape[-1] ** 0.5) @ v\n```",
  "![示意图](assets/pixel.png)",
].join("\n\n");

const suite = browserSuite();
let user: TTestUser;
let companyId = "";
let setId = "";
let questionId = "";
// What the browser reported, per page: policy violations (from an init script) and console errors.
const problems: string[] = [];

beforeAll(async () => {
  const [{ saveAssets }, { createSet }, { createQuestion }, { linkSet }, { companyWithInterview }] = await Promise.all([
    import("@/lib/services/import-assets"),
    import("@/lib/services/questions"),
    import("@/lib/services/questions-items"),
    import("@/lib/services/prep-links"),
    import("@/tests/helpers/interviews"),
  ]);
  user = await suite.createTestUser("策略检查");
  await saveAssets(user.id, [{ name: "pixel.png", bytes: PNG }]);
  setId = (await createSet(user.id, { title: "Transformer" })).id;
  questionId = (await createQuestion(user.id, { setId, title: RICH_TITLE, answerMd: RICH_ANSWER, stars: 2 })).id;
  await createQuestion(user.id, { setId, title: "位置编码的作用", answerMd: "", stars: 0 });
  ({ companyId } = await companyWithInterview(user.id, "策略公司", new Date(Date.now() + 2 * 86_400_000), "一面", { stage: "INTERVIEW" }));
  await linkSet(user.id, { companyId, setId });
});

afterEach(() => {
  expect(problems.splice(0), "CSP violations and console errors").toEqual([]);
});

/**
 * A page that reports every policy violation and console error into `problems`. The one error a
 * not-found page must log (the browser's own line about the document's 404) is listed in `expected404`.
 */
async function watchedPage(): Promise<Page> {
  const page = await newPage(suite.browser);
  await page.context().exposeBinding("reportViolation", ({ page: source }, text: string) => problems.push(`${source.url()}: CSP ${text}`));
  await page.context().addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const is404Document = message.text().includes("status of 404") && message.location().url === page.url();
    if (!(is404Document && expected404.has(new URL(page.url()).pathname))) problems.push(`${page.url()}: console ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
  return page;
}

const expected404 = new Set(["/no-such-page", "/companies/no-such-company"]);

/** Opens a path and waits until its scripts have run and the network is quiet. */
async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(status);
}

describe("the Content-Security-Policy in the browser", () => {
  it("lets every signed-in page, the 404 pages included, run without a violation or a console error", async () => {
    const page = await watchedPage();
    await signIn(page, user.email, user.password);
    const paths = [
      "/dashboard",
      "/companies",
      `/companies/${companyId}`,
      `/companies/${companyId}/prep`,
      "/board",
      "/calendar",
      "/calendar?view=week",
      "/questions",
      `/questions/${setId}`,
      `/questions/${setId}/${questionId}`,
      `/questions/search?q=${encodeURIComponent("缩放")}`,
      "/import",
      "/settings",
    ];
    for (const path of paths) await visit(page, path);
    await visit(page, "/no-such-page", 404);
    await visit(page, "/companies/no-such-company", 404);
    await page.getByText("页面不存在").first().waitFor();
  });

  it("lets the sign-in and registration pages run, signed out", async () => {
    const page = await watchedPage();
    await visit(page, "/login");
    await visit(page, "/register");
    await page.context().close();
  });

  it("lets next-auth's own sign-out page keep its style and post its form", async () => {
    const page = await watchedPage();
    await signIn(page, user.email, user.password);
    await visit(page, "/api/auth/signout");
    expect(await page.locator(".page").evaluate((element) => getComputedStyle(element).display)).toBe("grid");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/api/auth"));
    expect((await page.context().cookies()).some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(false);
    await page.context().close();
  });

  it("renders KaTeX, highlighted code and an uploaded image, and keeps dialogs, toasts, drag and drop and the theme working", async () => {
    const page = await watchedPage();
    await signIn(page, user.email, user.password);

    await visit(page, `/questions/${setId}/${questionId}`);
    const answer = page.getByTestId("answer");
    expect(await answer.locator(".katex").count()).toBeGreaterThanOrEqual(2);
    expect(await answer.locator(".katex-display").count()).toBe(1);
    // KaTeX's own fonts loaded (font-src), not a fallback.
    await expect.poll(() => page.evaluate(() => [...document.fonts].some((font) => font.family.includes("KaTeX_Main") && font.status === "loaded"))).toBe(true);
    expect(await answer.locator("code .hljs-keyword").first().innerText()).toBe("def");
    const image = answer.locator('img[src="/api/assets/pixel.png"]');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

    // A Radix dialog (it locks scrolling with an inserted <style>), then closed.
    await visit(page, "/companies");
    await page.getByRole("button", { name: "添加公司" }).first().click();
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    // Drag and drop by keyboard, confirmed by a toast (sonner inserts its stylesheet).
    await visit(page, `/questions/${setId}`);
    await page.getByRole("link", { name: "调整顺序" }).click();
    const sortable = page.locator("ol[data-reorder] > li[data-question-id]");
    await sortable.first().waitFor();
    await sortable.first().locator("button").focus();
    for (const key of ["Space", "ArrowDown", "Space"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    await page.getByText("顺序已更新").waitFor({ timeout: 10_000 });

    // The theme switch: dark at once, and after a reload from the cookie.
    await visit(page, "/settings");
    await page.getByRole("radio", { name: /深色/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain("dark");
    await expect.poll(async () => (await page.context().cookies()).find((cookie) => cookie.name === "ob-theme")?.value).toBe("dark");
    await visit(page, "/settings");
    expect(await page.evaluate(() => document.documentElement.className)).toContain("dark");
  });
});
