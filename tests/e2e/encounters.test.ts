import { beforeAll, describe, expect, it } from "vitest";

import { shanghaiLocal, trackCompany } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// What was actually asked, in the browser: after yesterday's 二面 the dashboard asks for its
// questions; the logging page takes one question found in the bank and one typed in (answered
// badly); both then show on the company page, in 高频题 and on the question's page, the typed one
// is being learned again, and the interview's 面经 is ready to copy. Then the same pages in English.

describe("questions asked at an interview", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let companyId = "";
  let loraId = "";

  beforeAll(async () => {
    const { createSet } = await import("@/lib/services/questions");
    const { createQuestion } = await import("@/lib/services/questions-items");
    owner = await suite.createTestUser("面试人");
    ({ companyId } = await trackCompany(owner.id, { name: "字节跳动", tier: "S" }, [
      { type: "advance", stage: "APPLIED" },
      { type: "advance", stage: "INTERVIEW", scheduledAt: shanghaiLocal(-1, 15), label: "二面" },
    ], "大模型算法"));
    const setId = (await createSet(owner.id, { title: "LLM" })).id;
    loraId = (await createQuestion(owner.id, { setId, title: "LoRA 的原理", answerMd: "低秩分解 $W = BA$", stars: 1 })).id;
  });

  it("logs two asked questions from the dashboard's 复盘 prompt and finds them on the company page and in 高频题", async () => {
    const page = await signedInPage(suite.browser, owner);
    await page.goto("/dashboard");
    const prompt = page.getByTestId("debrief");
    await prompt.getByText("字节跳动").waitFor();
    await page.screenshot({ path: "/tmp/asked-dashboard-zh.png", fullPage: true });
    await prompt.getByRole("link", { name: "记录这场被问到的题" }).click();

    await page.getByRole("heading", { name: "字节跳动 · 记录被问到的题" }).waitFor();
    expect(await page.getByLabel("轮次").inputValue()).toBe("二面");
    await page.getByRole("searchbox", { name: "在题库中搜索" }).fill("LoRA");
    await page.getByRole("searchbox", { name: "在题库中搜索" }).press("Enter");
    await page.getByTestId("asked-hits").getByRole("button", { name: "加入" }).click();
    await page.getByLabel("输入新题（每行一道）").fill("手撕：反转链表");
    await page.getByRole("button", { name: "加入列表" }).click();
    const items = page.getByTestId("asked-items").locator("li");
    expect(await items.count()).toBe(2);
    await items.nth(0).getByLabel("没答好").check();
    await page.screenshot({ path: "/tmp/asked-log-zh.png", fullPage: true });
    await page.getByRole("button", { name: "保存 2 道题" }).click();
    await page.getByText("已记录 2 道被问到的题").waitFor();

    await page.goto(`/companies/${companyId}`);
    const asked = page.getByTestId("company-asked");
    await asked.getByText("二面 ·").waitFor();
    expect(await asked.locator("ol li").allInnerTexts()).toEqual([expect.stringContaining("LoRA 的原理"), expect.stringContaining("手撕：反转链表")]);
    expect(await asked.locator("ol li").nth(0).innerText()).toContain("没答好");
    expect(await asked.locator("ol li").nth(1).innerText()).not.toContain("没答好");
    // The timeline's past 面试 step links to the logging page for that step.
    expect(await page.getByRole("link", { name: "记录被问到的题" }).first().getAttribute("href")).toMatch(/\/asked\?event=/u);
    await asked.getByRole("button", { name: "生成面经" }).click();
    const text = page.getByTestId("mianjing-text");
    await text.waitFor();
    expect(await text.inputValue()).toBe("# 字节跳动 二面 面经\n\n1. LoRA 的原理\n2. 手撕：反转链表\n");
    await page.getByLabel("写上公司").uncheck();
    expect(await text.inputValue()).toBe("# 二面 面经\n\n1. LoRA 的原理\n2. 手撕：反转链表\n");
    await page.screenshot({ path: "/tmp/asked-mianjing-zh.png", fullPage: true });
    await page.keyboard.press("Escape");
    await page.screenshot({ path: "/tmp/asked-company-zh.png", fullPage: true });

    await page.goto("/questions/hot");
    const hot = page.getByTestId("hot-questions");
    await hot.waitFor();
    expect(await hot.locator("tbody tr").allInnerTexts()).toEqual([expect.stringMatching(/LoRA 的原理\s+1\s+1/u), expect.stringMatching(/手撕：反转链表\s+1\s+1/u)]);
    await page.getByRole("navigation", { name: "公司" }).getByRole("link", { name: /字节跳动/u }).click();
    await page.waitForURL(/company=/u);
    expect(await page.getByTestId("hot-questions").locator("tbody tr").count()).toBe(2);
    await page.screenshot({ path: "/tmp/asked-hot-zh.png", fullPage: true });

    await page.getByRole("link", { name: "LoRA 的原理" }).click();
    await page.getByTestId("question-asked").getByText("被问到 1 次").waitFor();
    await page.screenshot({ path: "/tmp/asked-question-zh.png", fullPage: true });

    // LoRA, answered badly, is due again tomorrow; the typed question (no answer yet) is no card;
    // the dashboard stops asking.
    const { db } = await import("@/lib/db");
    const typed = await db.question.findFirstOrThrow({ where: { userId: owner.id, title: "手撕：反转链表" }, select: { set: { select: { title: true } }, reviewCard: { select: { due: true } } } });
    expect(typed).toEqual({ set: { title: "面经" }, reviewCard: [] });
    const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId: owner.id, questionId: loraId } }, select: { due: true } });
    const hoursAway = (card.due.getTime() - Date.now()) / 3_600_000;
    expect(hoursAway).toBeGreaterThan(12);
    expect(hoursAway).toBeLessThan(48);
    await page.goto("/dashboard");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByTestId("debrief").count()).toBe(0);
    await page.close();
  });

  it("reads the same in English, and the logging page fits a phone", async () => {
    const page = await signedInPage(suite.browser, owner, { locale: "en", width: 390 });
    await page.goto(`/companies/${companyId}/asked`);
    await page.getByRole("heading", { name: "字节跳动 · Log questions asked" }).waitFor();
    await page.getByText("Answered badly").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/asked-log-en.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/questions/hot");
    await page.getByTestId("hot-questions").waitFor();
    await page.getByRole("heading", { name: "Hot questions" }).waitFor();
    await page.screenshot({ path: "/tmp/asked-hot-en.png", fullPage: true });
    await page.goto(`/companies/${companyId}`);
    await page.getByRole("heading", { name: "Questions asked" }).waitFor();
    await page.screenshot({ path: "/tmp/asked-company-en.png", fullPage: true });
    await page.close();
  });
});
