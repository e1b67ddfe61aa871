import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { newPage, signedInPage, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// Settings that belong to the person, as a user meets them: name, email (after the password), and
// deleting the account (backup offered first, password typed again). E2E_SCREENSHOTS=<dir> keeps
// the settings page in both languages at 1440 and 375 px.

const SHOTS = process.env.E2E_SCREENSHOTS;

const suite = browserSuite();

async function settingsOf(user: TTestUser, options: { width?: number; locale?: "zh" | "en" } = {}): Promise<Page> {
  const page = await signedInPage(suite.browser, user, options);
  await page.goto("/settings");
  return page;
}

describe("settings: the person's own account", () => {
  it("changes the name, and the email only with the right password and to a free address", async () => {
    const [user, other] = [await suite.createTestUser("旧名字"), await suite.createTestUser("别人")];
    const page = await settingsOf(user);

    await page.getByLabel("昵称").fill("新名字");
    await page.getByRole("button", { name: "保存昵称" }).click();
    await page.getByRole("status").getByText("已保存").waitFor();
    await page.reload();
    expect(await page.getByLabel("昵称").inputValue()).toBe("新名字");

    const email = page.getByLabel("新邮箱");
    const password = page.locator("#profile-email-password");
    await email.fill(other.email);
    await password.fill("wrong-password-1");
    await page.getByRole("button", { name: "修改邮箱" }).click();
    await page.getByText("当前密码不正确").waitFor();

    await password.fill(user.password);
    await page.getByRole("button", { name: "修改邮箱" }).click();
    await page.getByText("该邮箱已被其他账户使用").waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");

    const fresh = `moved-${Date.now()}@example.test`;
    await email.fill(fresh);
    await password.fill(user.password);
    await page.getByRole("button", { name: "修改邮箱" }).click();
    await page.getByText("邮箱已修改，下次请用新邮箱登录。").waitFor();
    await expect.poll(() => page.getByTestId("account-email").textContent()).toBe(fresh);
    await page.context().close();

    const again = await newPage(suite.browser);
    await signIn(again, fresh, user.password);
    expect(new URL(again.url()).pathname).toBe("/dashboard");
    await again.context().close();
  });

  it("offers the backup first, then deletes the account after the password and signs out", async () => {
    const user = await suite.createTestUser("要走的人");
    const company = await suite.db.company.create({ data: { userId: user.id, name: "告别公司", normalizedName: "告别公司" }, select: { id: true } });
    const page = await settingsOf(user);

    const backup = page.getByRole("link", { name: "导出备份（JSON）" });
    expect(await backup.getAttribute("href")).toBe("/api/export?format=json");
    const download = await page.request.get("/api/export?format=json");
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain("告别公司");

    await page.getByRole("button", { name: "删除账户" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByLabel("密码", { exact: true }).fill("not-my-password-1");
    await dialog.getByRole("button", { name: "永久删除" }).click();
    await dialog.getByText("密码不正确").waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-delete-dialog-zh.png` });
    expect(await suite.db.company.count({ where: { id: company.id } })).toBe(1);

    await dialog.getByLabel("密码", { exact: true }).fill(user.password);
    await dialog.getByRole("button", { name: "永久删除" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    expect(await suite.db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await suite.db.company.count({ where: { id: company.id } })).toBe(0);
    await page.goto("/dashboard");
    await page.waitForURL((url) => url.pathname === "/login");
    await page.context().close();

    const again = await newPage(suite.browser);
    await again.goto("/login");
    await again.locator('input[name="email"]').fill(user.email);
    await again.locator('input[name="password"]').fill(user.password);
    await again.locator('button[type="submit"]').click();
    await again.getByText("邮箱或密码错误").waitFor();
    await again.context().close();
  });

  it.each([
    ["zh", 1440],
    ["zh", 375],
    ["en", 1440],
    ["en", 375],
  ] as const)("lays settings out in %s at %i px without sideways scrolling", async (locale, width) => {
    const user = await suite.createTestUser(locale === "zh" ? "截图用户" : "Screenshot user");
    const page = await settingsOf(user, { locale, width });
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-${locale}-${width}.png`, fullPage: true });
    await page.context().close();
  });
});
