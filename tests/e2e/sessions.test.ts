import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SIGN_IN_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { decodeSignInError } from "@/lib/auth/sign-in-error";
import { db } from "@/lib/db";

import { baseUrl, launchBrowser, newPage, signedInPage, signIn } from "../helpers/browser";
import { createTestUser } from "../helpers/users";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // The forged-address test used up this machine's sign-in guesses: give them back.
  await db.rateLimit.deleteMany({ where: { key: { startsWith: `${SIGN_IN_PER_ADDRESS.prefix}:` } } });
});

async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

/** Where a request with this cookie ends up, and the export's status. */
async function replay(cookie: string) {
  const page = await fetch(`${baseUrl()}/dashboard`, { headers: { cookie } });
  const exported = await fetch(`${baseUrl()}/api/export`, { headers: { cookie } });
  const session = await fetch(`${baseUrl()}/api/auth/session`, { headers: { cookie } }).then((r) => r.json());
  return { path: new URL(page.url).pathname, exportStatus: exported.status, session };
}

describe("sessions end on the server", () => {
  it("signing out ends the session: its old cookie opens neither the dashboard nor the export", async () => {
    const user = await createTestUser();
    const page = await signedInPage(browser, user);
    const cookie = await sessionCookie(page);
    expect(await replay(cookie)).toMatchObject({ path: "/dashboard", exportStatus: 200, session: { user: { email: user.email } } });

    await page.getByRole("button", { name: "账户菜单" }).click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    expect((await page.context().cookies()).some((one) => one.name.endsWith("next-auth.session-token"))).toBe(false);
    expect(await replay(cookie)).toEqual({ path: "/login", exportStatus: 401, session: {} });
    await page.context().close();
  });

  it("changing the password needs the current one and signs the other devices out, not this one", async () => {
    const user = await createTestUser();
    const here = await signedInPage(browser, user);
    const there = await signedInPage(browser, user);

    await here.goto("/settings");
    await here.locator('input[name="currentPassword"]').fill("not-my-password-1");
    await here.locator('input[name="newPassword"]').fill("a-new-password-2");
    await here.getByRole("button", { name: "修改密码" }).click();
    await here.getByText("当前密码不正确").waitFor();

    await here.locator('input[name="currentPassword"]').fill(user.password);
    await here.locator('input[name="newPassword"]').fill("a-new-password-2");
    await here.getByRole("button", { name: "修改密码" }).click();
    await here.getByText("密码已修改，其他设备已退出登录。").waitFor();
    await here.screenshot({ path: "test-results/settings-password-changed.png", fullPage: true });

    await there.goto("/dashboard");
    expect(new URL(there.url()).pathname).toBe("/login");
    await there.getByText("登录已失效，请重新登录。").waitFor();
    await here.goto("/dashboard");
    expect(new URL(here.url()).pathname).toBe("/dashboard");

    const again = await newPage(browser);
    await signIn(again, user.email, "a-new-password-2");
    expect(new URL(again.url()).pathname).toBe("/dashboard");
    for (const page of [here, there, again]) await page.context().close();
  });

  it("signs out everywhere after a confirmation", async () => {
    const user = await createTestUser();
    const here = await signedInPage(browser, user);
    const there = await signedInPage(browser, user);
    const thereCookie = await sessionCookie(there);

    await here.goto("/settings");
    await here.getByRole("button", { name: "退出所有设备" }).click();
    const dialog = here.getByRole("alertdialog");
    await dialog.getByText("包括这台设备在内").waitFor();
    await here.screenshot({ path: "test-results/settings-sign-out-everywhere.png" });
    await dialog.getByRole("button", { name: "取消" }).click();
    expect(await replay(thereCookie)).toMatchObject({ path: "/dashboard" });

    await here.getByRole("button", { name: "退出所有设备" }).click();
    await here.getByRole("alertdialog").getByRole("button", { name: "确定退出所有设备" }).click();
    await here.waitForURL((url) => url.pathname === "/login");
    expect(await replay(thereCookie)).toEqual({ path: "/login", exportStatus: 401, session: {} });
    for (const page of [here, there]) await page.context().close();
  });
});

describe("sign-in errors", () => {
  it("say when a locked account may try again, and never show a server's own text from the URL", async () => {
    const page = await newPage(browser);
    const retryAt = Date.now() + 4 * 60_000 + 30_000;
    await page.goto(`/login?error=ACCOUNT_LOCKED:${retryAt}`);
    await page.getByText("该账号的登录尝试过多，已临时锁定，请 5 分钟后再试。").waitFor();
    await page.screenshot({ path: "test-results/login-account-locked.png" });
    await page.goto(`/login?error=${encodeURIComponent("Can't reach database server at 127.0.0.1:5432")}`);
    await page.getByText("邮箱或密码错误").waitFor();
    expect(await page.locator("body").innerText()).not.toContain("reach database server");
    await page.goto("/login?error=UNAVAILABLE");
    await page.getByText("暂时无法登录：服务器连不上数据库，请稍后再试。").waitFor();
    await page.context().close();
  });
});

describe("client addresses", () => {
  it("cannot be forged with X-Forwarded-For: wrong passwords from one machine are limited whatever the header says", async () => {
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const attempt = async (n: number) => {
      const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `198.51.100.${n}` },
        body: new URLSearchParams({ email: `forger-${n}@example.test`, password: "wrong-pass-1", csrfToken, json: "true" }),
      });
      const { url } = (await response.json()) as { url: string };
      return new URL(url).searchParams.get("error");
    };
    const errors: (string | null)[] = [];
    for (let n = 0; n <= SIGN_IN_PER_ADDRESS.limit; n++) errors.push(await attempt(n));
    expect(errors.slice(0, SIGN_IN_PER_ADDRESS.limit).every((error) => error === "CredentialsSignin")).toBe(true);
    expect(decodeSignInError(errors.at(-1)).code).toBe("RATE_LIMITED");
  });
});
