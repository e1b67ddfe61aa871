import { readFile } from "node:fs/promises";

import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import { REAL_NOTES_PATH } from "@/tests/helpers/real-notes";
import type { TTestUser } from "@/tests/helpers/users";

// The flow in Chromium: import the real notes, open the LLM set, render a question with a
// table and math, mark questions known, link the set to a company from the set page, see the
// progress on the company's prep page; reorder by keyboard; search; another user gets 404s.

const RICH = "E2E：表格与公式";

describe("question bank and prep checklist end to end", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let other: TTestUser;
  let setId = "";
  let companyId = "";
  let richId = "";
  let setSize = 0;
  let pageSize = 0;

  beforeAll(async () => {
    const [{ readNotesFile }, { applyImport }, { createQuestion, SET_PAGE_SIZE }, { db }] = await Promise.all([
      import("@/lib/notes/notes-file"),
      import("@/lib/services/import"),
      import("@/lib/services/questions-items"),
      import("@/lib/db"),
    ]);
    pageSize = SET_PAGE_SIZE;
    owner = await suite.createTestUser("备考人");
    other = await suite.createTestUser("旁观者");
    const file = readNotesFile("interview-notes.md", new Uint8Array(await readFile(REAL_NOTES_PATH)));
    await applyImport(owner.id, { fileName: "interview-notes.md", text: file.text, hash: file.hash, year: new Date().getFullYear() });
    const llm = await db.questionSet.findFirst({ where: { userId: owner.id, title: { contains: "LLM" } }, select: { id: true } });
    setId = llm!.id;
    const answer = "| 模型 | 参数量 |\n| --- | --- |\n| GPT-3 | 175B |\n\n缩放因子 $\\sqrt{d_k}$：\n\n$$\n\\frac{QK^T}{\\sqrt{d_k}}\n$$";
    richId = (await createQuestion(owner.id, { setId, title: RICH, answerMd: answer, stars: 3 })).id;
    setSize = await db.question.count({ where: { userId: owner.id, setId } });
    const company = await db.company.create({
      data: { userId: owner.id, name: "E2E 备考公司", normalizedName: "e2e备考公司", tier: "S" },
      select: { id: true },
    });
    companyId = company.id;
    const application = await db.application.create({ data: { userId: owner.id, companyId, stage: "INTERVIEW" }, select: { id: true } });
    await db.stageEvent.create({
      data: { userId: owner.id, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "一面", scheduledAt: new Date(Date.now() + 3 * 86_400_000) },
    });
  });

  const ownerPage = () => signedInPage(suite.browser, owner);

  it("opens the imported LLM set, renders a table and math, marks questions known, links a company and shows progress", async () => {
    const page = await ownerPage();
    await page.goto("/questions");
    await page.locator(`a[href="/questions/${setId}"]`).click();
    await page.waitForURL(`**/questions/${setId}`);
    await page.locator("ol > li[data-question-id]").first().waitFor();
    expect(await page.locator("ol > li[data-question-id]").count()).toBe(Math.min(setSize, pageSize));
    expect(await page.getByTestId("set-range").innerText()).toContain(`${setSize}`);
    // RICH was added last: it is on the last page.
    if (setSize > pageSize) await page.goto(`/questions/${setId}?page=${Math.ceil(setSize / pageSize)}`);

    await page.getByRole("link", { name: RICH }).click();
    await page.waitForURL(`**/${richId}`);
    const answer = page.getByTestId("answer");
    await answer.locator("table td", { hasText: "175B" }).waitFor();
    expect(await answer.locator(".katex").count()).toBeGreaterThanOrEqual(2);
    expect(await answer.locator(".katex-display").count()).toBe(1);

    await page.keyboard.press("3");
    await expect.poll(() => page.locator('[data-mastery-option="KNOWN"]').getAttribute("aria-checked"), { timeout: 10_000 }).toBe("true");

    // A second question, from the set page: new → learning → known in two clicks.
    await page.goto(`/questions/${setId}`);
    await page.locator("ol > li[data-question-id]").first().waitFor();
    const second = page.locator("ol > li[data-question-id]").filter({ hasNotText: RICH }).first();
    const button = second.locator("button[data-mastery]");
    await button.click();
    await expect.poll(() => button.getAttribute("data-mastery"), { timeout: 10_000 }).toBe("LEARNING");
    await button.click();
    await expect.poll(() => button.getAttribute("data-mastery"), { timeout: 10_000 }).toBe("KNOWN");
    // Keys 1/2/3 set the mastery of the row that has focus.
    const third = page.locator("ol > li[data-question-id]").filter({ hasNotText: RICH }).nth(1).locator("button[data-mastery]");
    await third.focus();
    await page.keyboard.press("2");
    await expect.poll(() => third.getAttribute("data-mastery"), { timeout: 10_000 }).toBe("LEARNING");

    await page.getByRole("button", { name: /关联公司/ }).click();
    const sheet = page.getByRole("dialog");
    await sheet.getByLabel("E2E 备考公司").check();
    await page.getByText("关联已保存").waitFor();

    const known = 2;
    const total = setSize + 4; // the starter tasks
    const percent = Math.floor((known * 100) / total);
    await page.goto(`/companies/${companyId}/prep`);
    await expect.poll(() => page.getByTestId("prep-percent").innerText(), { timeout: 30_000 }).toBe(`${percent}%`);
    await page.getByText("7 天内有笔试/面试，进度不足 60%").waitFor({ timeout: 10_000 });
    const group = page.locator(`details[data-set-id="${setId}"]`);
    expect(await group.locator("summary").innerText()).toContain(`${known}/${setSize}`);
    // ⭐ first: the three-star question leads its set.
    expect(await group.locator("li").first().innerText()).toContain(RICH);

    await page.getByRole("checkbox", { name: "了解公司业务与使命" }).check();
    const after = `${Math.floor(((known + 1) * 100) / total)}%`;
    await expect.poll(() => page.getByTestId("prep-percent").innerText(), { timeout: 30_000 }).toBe(after);

    // The same checklist on the company page, and the company on the dashboard's "prepare next".
    // The checklist shows the tick at once; the page is loaded again until the server has it too.
    await expect
      .poll(
        async () => {
          await page.goto(`/companies/${companyId}`);
          return page.getByTestId("prep-percent").innerText();
        },
        { timeout: 30_000 },
      )
      .toBe(after);
    await page.goto("/dashboard");
    const next = page.getByTestId("prepare-next");
    await next.getByText("E2E 备考公司").waitFor();
    // Only unfinished items: the question marked known is not among them.
    expect(await next.innerText()).not.toContain(RICH);
  });

  it("reorders the whole set in reorder mode, and the sets, with the keyboard", async () => {
    const page = await ownerPage();
    await page.goto(`/questions/${setId}`);
    const rows = page.locator("ol > li[data-question-id]");
    await rows.first().waitFor();
    const before = await rows.evaluateAll((items) => items.slice(0, 2).map((item) => item.getAttribute("data-question-id")));
    await page.getByRole("link", { name: "调整顺序" }).click();
    const sortable = page.locator("ol[data-reorder] > li[data-question-id]");
    await sortable.first().waitFor();
    expect(await sortable.count()).toBe(setSize);
    await sortable.first().locator("button").focus();
    // dnd-kit's keyboard sensor listens for the arrows a tick after Space picks the item up.
    for (const key of ["Space", "ArrowDown", "Space"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    await page.getByText("顺序已更新").waitFor({ timeout: 10_000 });
    await page.getByRole("link", { name: "完成" }).click();
    await page.waitForURL(`**/questions/${setId}`);
    await expect
      .poll(() => rows.evaluateAll((items) => items.slice(0, 2).map((item) => item.getAttribute("data-question-id"))), { timeout: 10_000 })
      .toEqual([before[1], before[0]]);

    // The sets too: the first set's handle, Space, ArrowDown, Space.
    await page.goto("/questions");
    const sets = page.locator("li[data-set-id]");
    await sets.first().waitFor();
    const order = () => sets.evaluateAll((items) => items.slice(0, 2).map((item) => item.getAttribute("data-set-id")));
    const setsBefore = await order();
    await sets.first().getByRole("button", { name: /拖动以调整题集顺序/ }).focus();
    for (const key of ["Space", "ArrowDown", "Space"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    await page.getByText("顺序已更新").waitFor({ timeout: 10_000 });
    await page.reload();
    await expect.poll(order, { timeout: 10_000 }).toEqual([setsBefore[1], setsBefore[0]]);

    // The menu's "move down" (mounted on first use) puts them back.
    await sets.first().getByRole("button", { name: /^操作/ }).click();
    await page.getByRole("menuitem", { name: "下移" }).click();
    await expect.poll(order, { timeout: 10_000 }).toEqual(setsBefore);
    await page.getByText("顺序已更新").waitFor({ timeout: 10_000 });
    await page.reload();
    await expect.poll(order, { timeout: 10_000 }).toEqual(setsBefore);
  });

  it("shows search results as plain text with the match marked", async () => {
    const page = await ownerPage();
    await page.goto(`/questions/search?q=${encodeURIComponent("175B")}`);
    const hit = page.locator("li", { hasText: RICH });
    const snippet = hit.getByTestId("snippet");
    await snippet.waitFor();
    expect(await snippet.innerText()).toContain("GPT-3 175B");
    expect(await snippet.innerText()).not.toContain("|");
    expect(await snippet.locator("mark").innerText()).toBe("175B");
  });

  it("gives another user 404 for the set, the question and the prep page", async () => {
    const page = await signedInPage(suite.browser, other);
    for (const url of [`/questions/${setId}`, `/questions/${setId}/${richId}`, `/companies/${companyId}/prep`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
    }
    await page.getByText("页面不存在").first().waitFor();
    expect(await page.getByText("E2E 备考公司").count()).toBe(0);
    expect(await page.getByTestId("prep-checklist").count()).toBe(0);
    expect(await page.getByText(RICH).count()).toBe(0);
  });
});
