import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// A company's prep as a new user works it: the 管理题集 menu stays open while several sets are
// picked, and a question's mastery is picked in one click (已掌握 straight from 未学).

const SHOTS = process.env.E2E_SCREENSHOTS;
const SETS = ["E2E 数据库", "E2E Python", "E2E 手撕"];

describe("prep picks", () => {
  const suite = browserSuite();
  let user: TTestUser;
  let companyId = "";
  const setIds: string[] = [];
  let questionId = "";

  beforeAll(async () => {
    const [{ createCompany }, { createSet }, { createQuestion }] = await Promise.all([
      import("@/lib/services/companies"),
      import("@/lib/services/questions"),
      import("@/lib/services/questions-items"),
    ]);
    user = await suite.createTestUser("备考挑选人");
    companyId = (await createCompany(user.id, { name: "挑选公司", tier: "B" })).id;
    for (const title of SETS) setIds.push((await createSet(user.id, { title })).id);
    questionId = (await createQuestion(user.id, { setId: setIds[0]!, title: "E2E 索引为什么用 B+ 树", answerMd: "减少磁盘 IO", stars: 1 })).id;
  });

  const userPage = (options: { width?: number; locale?: "zh" | "en" } = {}) => signedInPage(suite.browser, user, options);

  it("keeps the 管理题集 menu open for two picks, and links both sets", async () => {
    const { db } = await import("@/lib/db");
    const page = await userPage();
    await page.goto(`/companies/${companyId}/prep`);
    await page.getByRole("button", { name: "管理题集" }).click();
    const menu = page.getByRole("menu");
    await menu.getByRole("menuitemcheckbox", { name: SETS[0] }).click();
    await menu.getByRole("menuitemcheckbox", { name: SETS[1] }).click();
    expect(await menu.isVisible()).toBe(true);
    await expect.poll(() => menu.getByRole("menuitemcheckbox", { name: SETS[1] }).getAttribute("aria-checked")).toBe("true");
    expect(await menu.getByRole("menuitemcheckbox", { name: SETS[0] }).getAttribute("aria-checked")).toBe("true");
    await expect
      .poll(() => db.companySet.findMany({ where: { userId: user.id, companyId }, select: { setId: true } }).then((rows) => rows.map((r) => r.setId).sort()), { timeout: 10_000 })
      .toEqual([setIds[0], setIds[1]].sort());
    // Still open once both saves are back and the checklist refreshed.
    await page.locator(`details[data-set-id="${setIds[0]}"]`).waitFor();
    expect(await menu.isVisible()).toBe(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/prep-sets-menu-zh-1440.png` });
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "hidden" });
    await page.close();
  });

  it("picks 已掌握 for a question in one click on the prep page, and by arrow keys", async () => {
    const { db } = await import("@/lib/db");
    const { getQuestion } = await import("@/lib/services/questions-items");
    const masteryOf = async (id: string) => (await getQuestion(user.id, id)).status;
    await db.companySet.createMany({ data: [{ userId: user.id, companyId, setId: setIds[0]! }], skipDuplicates: true });
    const page = await userPage();
    await page.goto(`/companies/${companyId}/prep`);
    const row = page.locator(`li[data-question-id="${questionId}"]`);
    const picker = row.getByRole("radiogroup", { name: "掌握程度" });
    await picker.waitFor();
    expect(await picker.getByRole("radio", { checked: true }).innerText()).toBe("未学");
    await picker.getByRole("radio", { name: "已掌握" }).click();
    expect(await picker.getByRole("radio", { name: "已掌握" }).getAttribute("aria-checked")).toBe("true");
    await expect
      .poll(() => masteryOf(questionId), { timeout: 10_000 })
      .toBe("KNOWN");
    await picker.getByRole("radio", { name: "学习中" }).click();
    await expect
      .poll(() => masteryOf(questionId), { timeout: 10_000 })
      .toBe("LEARNING");
    // A radio group by keyboard: → from the picked 学习中 picks 已掌握 and moves the focus there.
    await page.keyboard.press("ArrowRight");
    const known = picker.getByRole("radio", { name: "已掌握" });
    expect(await known.getAttribute("aria-checked")).toBe("true");
    expect(await known.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await picker.locator('[tabindex="0"]').count()).toBe(1);
    await expect
      .poll(() => masteryOf(questionId), { timeout: 10_000 })
      .toBe("KNOWN");
    await page.close();
    if (SHOTS) {
      for (const [locale, width] of [["zh", 1440], ["zh", 375], ["en", 1440], ["en", 375]] as const) {
        const shot = await userPage({ locale, width });
        await shot.goto(`/companies/${companyId}/prep`);
        await shot.locator(`li[data-question-id="${questionId}"]`).waitFor();
        await shot.screenshot({ path: `${SHOTS}/prep-mastery-${locale}-${width}.png`, fullPage: true });
        await shot.close();
      }
    }
  });
});
