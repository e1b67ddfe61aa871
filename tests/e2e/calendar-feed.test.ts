import { describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";

// The calendar subscription card in settings, as a user meets it: the link is there from the first
// visit with its webcal:// twin, the same on every visit; make a new one after confirming, and the
// old one answers 404.
// E2E_SCREENSHOTS=<dir> keeps the card at 1440 and 375 px.

const SHOTS = process.env.E2E_SCREENSHOTS;

const suite = browserSuite();

describe("settings: calendar subscription", () => {
  it("shows the feed link from the first visit, with a webcal:// link, and rotates it after a confirmation", async () => {
    const user = await suite.createTestUser();
    const company = await suite.db.company.create({ data: { userId: user.id, name: "字节跳动", normalizedName: "字节跳动" }, select: { id: true } });
    const application = await suite.db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
    await suite.db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position: 0, stage: "WRITTEN_TEST", scheduledAt: new Date("2026-12-20T11:00:00.000Z") } });

    const page = await signedInPage(suite.browser, user);
    await page.goto("/settings");
    const card = page.getByTestId("calendar-feed");
    const address = card.getByLabel("订阅地址");
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/^http:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/u);
    expect(await card.getByRole("link", { name: "用日历应用订阅（webcal://）" }).getAttribute("href")).toBe(url.replace(/^http:/u, "webcal:"));
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("SUMMARY:字节跳动 · 笔试");
    if (SHOTS) await card.screenshot({ path: `${SHOTS}/settings-calendar-feed-1440.png` });

    await page.reload();
    expect(await address.inputValue()).toBe(url);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await card.getByRole("button", { name: "复制" }).click();
    await page.getByText("已复制订阅地址").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    await card.getByRole("button", { name: "重新生成链接" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "取消" }).click();
    expect((await page.request.get(url)).status()).toBe(200);

    await card.getByRole("button", { name: "重新生成链接" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "确定重新生成" }).click();
    await page.getByText("已生成新的订阅链接").waitFor();
    const rotated = await address.inputValue();
    expect(rotated).not.toBe(url);
    expect((await page.request.get(url)).status()).toBe(404);
    expect((await page.request.get(rotated)).status()).toBe(200);
    await page.reload();
    expect(await address.inputValue()).toBe(rotated);

    if (SHOTS) {
      await page.setViewportSize({ width: 375, height: 800 });
      await card.screenshot({ path: `${SHOTS}/settings-calendar-feed-375.png` });
    }
    await page.close();
  });

  it("downloads a scheduled step from the company page as an .ics with alarms", async () => {
    const [user, other] = [await suite.createTestUser(), await suite.createTestUser()];
    const company = await suite.db.company.create({ data: { userId: user.id, name: "美团", normalizedName: "美团" }, select: { id: true } });
    const application = await suite.db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
    const event = await suite.db.stageEvent.create({
      data: { userId: user.id, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "一面", scheduledAt: new Date("2026-12-21T02:00:00.000Z") },
      select: { id: true },
    });

    const page = await signedInPage(suite.browser, user);
    await page.goto(`/companies/${company.id}`);
    const link = page.getByRole("link", { name: "添加到日历（.ics，提前 1 天和 1 小时提醒）" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toBe(`/api/calendar/event/${event.id}`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`offerboard-${event.id}.ics`);
    const file = await page.request.get(href);
    expect(file.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const text = await file.text();
    expect(text).toContain("SUMMARY:美团 · 一面");
    expect(text.match(/BEGIN:VALARM/gu)).toHaveLength(2);
    await page.close();

    const stranger = await signedInPage(suite.browser, other);
    expect((await stranger.request.get(href)).status()).toBe(404);
    await stranger.close();
  });
});
