import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { shanghaiDay, startedCompany } from "@/tests/helpers/applications";
import { holdChunks, newPage, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// The calendar as a user meets it: a 笔试 at 19:00 Shanghai time shows at 19:00 in the week view
// even when the browser's clock runs in Los Angeles, flagged 撞车 with an interview at 20:00;
// clicking it opens its company. A phone gets the agenda. No policy violation, no console error.

const SHOTS = process.env.CALENDAR_SHOTS;

describe("calendar", () => {
  const suite = browserSuite();
  let user: TTestUser;
  let companyId = "";
  const day = shanghaiDay(2);
  const problems: string[] = [];

  beforeAll(async () => {
    user = await suite.createTestUser("日历用户");
    ({ companyId } = await startedCompany(user.id, { name: "字节跳动", tier: "S" }, { type: "advance", stage: "WRITTEN_TEST", scheduledAt: `${day}T19:00` }));
    await startedCompany(user.id, { name: "美团", tier: "B" }, { type: "advance", stage: "INTERVIEW", scheduledAt: `${day}T20:00`, label: "一面" });
    await startedCompany(user.id, { name: "华为", tier: "A" }, { type: "advance", stage: "ASSESSMENT", scheduledAt: `${shanghaiDay(3)}T09:00` });
    const { db } = suite;
    await db.stageEvent.updateMany({ where: { userId: user.id, stage: "WRITTEN_TEST" }, data: { linkExpiresAt: new Date(`${day}T18:00:00+08:00`) } });
    // A crowded day far ahead: 25 written tests, five more than a day shows.
    const { id: applicationId } = (await startedCompany(user.id, { name: "海投", tier: "C" })).application;
    await db.stageEvent.createMany({
      data: Array.from({ length: 25 }, (_, index) => ({ userId: user.id, applicationId, position: index + 10, stage: "WRITTEN_TEST" as const, scheduledAt: new Date(Date.UTC(2099, 3, 1, 1, index)) })),
    });
    const other = await suite.createTestUser("另一个用户");
    await startedCompany(other.id, { name: "别人的公司", tier: "S" }, { type: "advance", stage: "WRITTEN_TEST", scheduledAt: `${day}T10:00` });
  });

  async function open(options: { width?: number; locale?: "zh" | "en" }): Promise<Page> {
    const page = await newPage(suite.browser, { ...options, timeZoneId: "America/Los_Angeles" });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP ${event.violatedDirective}`)));
    await signIn(page, user.email, user.password);
    return page;
  }

  it("shows a scheduled 笔试 at its time in the week view, flags the clash, and opens its company", async () => {
    const page = await open({});
    await page.goto(`/calendar?view=week&date=${day}`);
    // react-big-calendar loads after the page.
    await page.locator('[data-kind="deadline"]').waitFor();
    // The 测评 window and the link's deadline are all-day markers, not busy time.
    expect(await page.locator(".rbc-allday-cell").getByTestId("calendar-event").evaluateAll((links) => links.map((a) => a.getAttribute("data-kind")).sort())).toEqual(["deadline", "window"]);
    expect(await page.locator('[data-kind="deadline"]').textContent()).toBe("链接截止 18:00 · 字节跳动 · 笔试");
    const written = page.getByTestId("calendar-event").filter({ hasText: "字节跳动 · 笔试" }).and(page.locator('[data-kind="appointment"]'));
    await expect.poll(() => written.count()).toBe(1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/week-zh.png`, fullPage: true });
    const box = page.locator(".rbc-event", { has: written });
    expect(await box.locator(".rbc-event-label").textContent()).toMatch(/^19:00\s*[–-]\s*21:00$/);
    expect(await box.getAttribute("class")).toContain("cal-clash");
    expect(await written.textContent()).toContain("撞车");
    expect(await page.getByTestId("calendar-event").allTextContents()).not.toContainEqual(expect.stringContaining("别人的公司"));
    await written.click();
    await page.waitForURL(`**/companies/${companyId}`);
    // The company's page flags the same clash.
    expect(await page.getByTestId("company-clashes").textContent()).toContain(`${day} 19:00 笔试 · 与 美团 撞车`);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/company-zh.png` });
    await page.context().close();
  });

  it("holds the calendar's height while react-big-calendar loads, so the page does not jump", async () => {
    const page = await open({});
    // Holds back the script chunk that carries react-big-calendar until the placeholder has been measured.
    const release = await holdChunks(page, "rbc-month-view");
    await page.goto(`/calendar?view=month&date=${day}`);
    const placeholder = page.getByTestId("calendar-placeholder");
    await placeholder.waitFor();
    // Measured once its stylesheet applies (the route's CSS may land a moment after the markup).
    const measure = () => placeholder.evaluate((element) => element.getBoundingClientRect().height);
    await expect.poll(measure, { timeout: 10_000 }).toBeGreaterThan(400);
    const height = await measure();
    release();
    await page.locator(".rbc-month-view").waitFor();
    expect(await page.locator(".cal-root").evaluate((element) => element.getBoundingClientRect().height)).toBe(height);
    await page.context().close();
  });

  it("shows a crowded day's first 20 events and says how many more it holds", async () => {
    const page = await open({});
    await page.goto("/calendar?view=agenda&date=2099-04-01");
    await page.getByTestId("calendar-more").waitFor();
    expect(await page.getByTestId("calendar-event").count()).toBe(20);
    expect(await page.getByTestId("calendar-more").textContent()).toBe("这天还有 5 场未显示");
    if (SHOTS) {
      await page.goto("/calendar?view=month&date=2099-04-01");
      await page.locator(".rbc-month-view").waitFor();
      await page.screenshot({ path: `${SHOTS}/month-crowded-zh.png`, fullPage: true });
    }
    await page.context().close();
  });

  it("opens on the agenda on a phone, and the month view in English, filtered by tier", async () => {
    const phone = await open({ width: 390 });
    await phone.goto(`/calendar?date=${day}`);
    await expect.poll(() => phone.locator(".cal-root").getAttribute("data-view")).toBe("agenda");
    expect(await phone.getByTestId("calendar-event").count()).toBe(4);
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/agenda-phone-zh.png`, fullPage: true });
    await phone.context().close();
    if (SHOTS) {
      const month = await open({});
      await month.goto(`/calendar?date=${day}&view=month`);
      await month.getByTestId("calendar-event").first().waitFor();
      await month.screenshot({ path: `${SHOTS}/month-zh.png`, fullPage: true });
      await month.context().close();
      const englishPhone = await open({ width: 390, locale: "en" });
      await englishPhone.goto(`/calendar?date=${day}`);
      await englishPhone.getByTestId("calendar-event").first().waitFor();
      await englishPhone.screenshot({ path: `${SHOTS}/agenda-phone-en.png`, fullPage: true });
      await englishPhone.context().close();
    }

    const page = await open({ locale: "en" });
    await page.goto(`/calendar?date=${day}&tier=B`);
    await expect.poll(() => page.locator(".cal-root").getAttribute("data-view")).toBe("month");
    expect(await page.getByTestId("calendar-event").allTextContents()).toEqual([expect.stringContaining("美团 · Interview · 一面")]);
    if (SHOTS) {
      await page.goto(`/calendar?date=${day}`);
      await page.getByTestId("calendar-event").first().waitFor();
      await page.screenshot({ path: `${SHOTS}/month-en.png`, fullPage: true });
      await page.goto(`/calendar?date=${day}&view=agenda`);
      await page.getByTestId("calendar-event").first().waitFor();
      await page.screenshot({ path: `${SHOTS}/agenda-en.png`, fullPage: true });
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
