import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_CREDENTIALS } from "@/lib/services/demo-seed";

import { baseUrl, launchBrowser, newPage, signIn } from "../helpers/browser";

let browser: Browser;

beforeAll(async () => {
  const { ensureDemoAccount } = await import("@/lib/services/demo-seed");
  await ensureDemoAccount();
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("accounts in the browser", () => {
  it("registers, lands on the dashboard, signs out, and comes back to a protected URL after signing in", async () => {
    const page = await newPage(browser);
    const email = `e2e-${Date.now()}@example.test`;
    await page.goto("/register");
    await page.locator('input[name="name"]').fill("端到端");
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("e2e-password-1");
    await page.getByRole("button", { name: "注册" }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard");
    await expect(page.getByText("你好，端到端").isVisible()).resolves.toBe(true);

    await page.getByRole("button", { name: "账户菜单" }).click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await page.waitForURL((url) => url.pathname === "/login");

    await page.goto("/settings?tab=account");
    const redirected = new URL(page.url());
    expect(redirected.pathname).toBe("/login");
    expect(redirected.searchParams.get("callbackUrl")).toBe("/settings?tab=account");

    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("e2e-password-1");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/settings");
    expect(new URL(page.url()).search).toBe("?tab=account");
    await page.context().close();
  });

  it("shows clear errors for bad registration input and a wrong password", async () => {
    const page = await newPage(browser);
    await page.goto("/register");
    await page.locator('input[name="name"]').fill("甲");
    await page.locator('input[name="email"]').fill("not-an-email");
    await page.locator('input[name="password"]').fill("short");
    await page.getByRole("button", { name: "注册" }).click();
    await page.getByText("请输入有效的邮箱地址").waitFor();
    await expect(page.getByText("密码至少需要 8 位").isVisible()).resolves.toBe(true);
    // The first field in error takes the focus, so typing fixes it.
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "email");

    await page.locator('input[name="email"]').fill(DEMO_CREDENTIALS.email);
    await page.locator('input[name="password"]').fill("abcdefgh1");
    await page.getByRole("button", { name: "注册" }).click();
    await page.getByText("该邮箱已注册，请直接登录。").waitFor();

    await page.goto("/login");
    await page.locator('input[name="email"]').fill(DEMO_CREDENTIALS.email);
    await page.locator('input[name="password"]').fill("wrong-password-9");
    await page.keyboard.press("Enter");
    await page.getByText("邮箱或密码错误").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.context().close();
  });

  it("signs the demo account in, and the language switch relabels the navigation and persists", async () => {
    const page = await newPage(browser);
    await signIn(page, DEMO_CREDENTIALS.email, DEMO_CREDENTIALS.password);
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    const nav = page.getByRole("navigation").first();
    await nav.getByRole("link", { name: "公司" }).waitFor();

    await page.getByRole("button", { name: "账户菜单" }).click();
    await page.getByRole("menuitemradio", { name: "English" }).click();
    await nav.getByRole("link", { name: "Companies" }).waitFor();
    expect(await nav.getByRole("link", { name: "公司" }).count()).toBe(0);
    expect(await page.getAttribute("html", "lang")).toBe("en");

    await page.reload();
    await nav.getByRole("link", { name: "Question bank" }).waitFor();
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitemradio", { name: "中文" }).click();
    await nav.getByRole("link", { name: "公司" }).waitFor();
    await page.context().close();
  });

  it("fits a 375 px phone: menu drawer navigates and nothing overflows", async () => {
    const page = await newPage(browser, { width: 375 });
    await signIn(page, DEMO_CREDENTIALS.email, DEMO_CREDENTIALS.password);
    await page.getByRole("button", { name: "打开菜单" }).click();
    await page.getByRole("dialog").getByRole("link", { name: "设置" }).click();
    await page.waitForURL((url) => url.pathname === "/settings");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("opens the account menu and the phone drawer from the keyboard, and Escape gives focus back", async () => {
    const page = await newPage(browser, { width: 375 });
    await signIn(page, DEMO_CREDENTIALS.email, DEMO_CREDENTIALS.password);
    const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute("role") ?? "");

    const account = page.getByRole("button", { name: "账户菜单" });
    await account.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menu").waitFor();
    await expect.poll(focusedRole).toMatch(/^menuitem/);
    await page.keyboard.press("Escape");
    await page.getByRole("menu").waitFor({ state: "hidden" });
    await expect.poll(() => account.evaluate((el) => el === document.activeElement)).toBe(true);

    const drawer = page.getByRole("button", { name: "打开菜单" });
    await drawer.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").getByRole("link", { name: "设置" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await expect.poll(() => drawer.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it("answers the health check and keeps stack traces out of error pages", async () => {
    const health = await fetch(`${baseUrl()}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "ok" });
    const page = await newPage(browser);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toMatch(/at .*\(.*\.js:\d+/);
    await page.context().close();
  });
});
