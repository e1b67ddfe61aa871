import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// A review session in a real browser: five cards reviewed with the keyboard alone (Space shows
// the answer, 1–4 rate), the due count falls with each, Ctrl+Z takes the last rating back, and the
// server agrees after a reload.

const SHOTS = process.env.E2E_SCREENSHOTS;

describe("review", () => {
  const suite = browserSuite();
  let user: TTestUser;
  let companyId = "";

  beforeAll(async () => {
    const { createSet } = await import("@/lib/services/questions");
    const { createQuestion } = await import("@/lib/services/questions-items");
    user = await suite.createTestUser("复习的人");
    const { id: setId } = await createSet(user.id, { title: "Transformer" });
    const answers = ["**缩放**点积：$\\frac{QK^T}{\\sqrt{d_k}}$", "| 头 | 维度 |\n|---|---|\n| 8 | 64 |", "```python\nprint('hi')\n```", "残差 + LayerNorm", "位置编码", "多头注意力"];
    for (const [index, answerMd] of answers.entries()) {
      await createQuestion(user.id, { setId, title: `问题 ${index + 1}：为什么要除以根号 d`, answerMd, stars: index === 0 ? 2 : 0 });
    }
    await createQuestion(user.id, { setId, title: "还没写的题", answerMd: "", stars: 0 });
    const { companyWithInterview } = await import("@/tests/helpers/interviews");
    ({ companyId } = await companyWithInterview(user.id, "字节跳动", new Date(Date.now() + 30 * 86_400_000), "二面", { tier: "S" }));
    const { linkSet } = await import("@/lib/services/prep-links");
    await linkSet(user.id, { companyId, setId });
  });

  const due = (page: Page) => page.getByTestId("due-count").innerText();

  /** Space until the answer shows (keys are heard once the page has hydrated). */
  async function reveal(page: Page) {
    await expect.poll(async () => {
      if (await page.getByTestId("review-answer").isVisible()) return true;
      await page.keyboard.press("Space");
      return page.getByTestId("review-answer").isVisible();
    }, { timeout: 15_000 }).toBe(true);
  }

  it("reviews five cards with the keyboard, the due count falling, and undoes one", async () => {
    const page = await signedInPage(suite.browser, user, { locale: "zh" });
    await page.goto("/review");
    await page.getByTestId("review-card").waitFor();
    expect(await due(page)).toBe("6");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/review-zh-1280-question.png` });

    const seen: string[] = [];
    for (let n = 1; n <= 5; n += 1) {
      const card = page.getByTestId("review-card");
      seen.push((await card.getAttribute("data-question")) ?? "");
      await reveal(page);
      if (SHOTS && n === 1) await page.screenshot({ path: `${SHOTS}/review-zh-1280-answer.png` });
      await page.keyboard.press(String((n % 4) + 1));
      await expect.poll(() => due(page)).toBe(String(6 - n));
      await expect.poll(() => card.getAttribute("data-question")).not.toBe(seen.at(-1));
    }
    expect(new Set(seen).size).toBe(5);
    await expect.poll(() => page.getByTestId("reviewed-count").innerText(), { timeout: 30_000 }).toBe("5");

    // The undo follows the ratings still on their way, in order.
    await page.keyboard.press("Control+z");
    await expect.poll(() => due(page), { timeout: 30_000 }).toBe("2");
    await expect.poll(() => page.getByTestId("reviewed-count").innerText(), { timeout: 30_000 }).toBe("4");

    const { db } = await import("@/lib/db");
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(4);
    expect(await db.reviewCard.count({ where: { userId: user.id } })).toBe(4);
    expect(await db.reviewCard.count({ where: { userId: user.id, questionId: seen[4] } })).toBe(0);

    // Stop and come back: the server's queue is the truth.
    await page.reload();
    await page.getByTestId("review-card").waitFor();
    expect(await due(page)).toBe("2");
    await page.close();
  });

  it("works on a phone in English, buttons only", async () => {
    const page = await signedInPage(suite.browser, user, { locale: "en", width: 390 });
    await page.goto("/review");
    await page.getByTestId("review-card").waitFor();
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByTestId("review-answer").waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/review-en-390-answer.png`, fullPage: true });
    const before = Number(await due(page));
    await page.getByRole("button", { name: /Good/ }).click();
    await expect.poll(() => due(page)).toBe(String(before - 1));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.close();
  });

  it("shows the share expected remembered at the interview, and reviews for it from the prep checklist", async () => {
    const page = await signedInPage(suite.browser, user, { locale: "zh" });
    await page.goto(`/companies/${companyId}/prep`);
    const recall = page.getByTestId("interview-recall");
    await recall.waitFor();
    expect(await recall.innerText()).toMatch(/面试时预计记住 \d+%/);
    await recall.getByRole("link", { name: "为这场复习" }).click();
    await page.waitForURL(/\/review\?event=/);
    await page.getByRole("heading", { name: "为 字节跳动 的二面复习" }).waitFor();
    await page.getByTestId("review-card").waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/review-zh-1280-interview.png` });
    await page.goto("/dashboard");
    await page.getByTestId("prepare-next").getByTestId("interview-recall").waitFor();
    if (SHOTS) await page.getByTestId("prepare-next").screenshot({ path: `${SHOTS}/dashboard-prepare-next-zh.png` });
    await page.close();
  });
});
