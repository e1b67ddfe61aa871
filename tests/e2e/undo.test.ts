import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { launchBrowser, newPage, signIn } from "@/tests/helpers/browser";

// Nothing is one click from permanent: 拿到 offer asks first and says which pending step it
// marks passed, and its toast's undo returns the application and its steps to exactly their
// earlier rows; a step and a whole application are deleted and restored from the toast; a bulk
// tier is undone company by company. The timeline names each step once, its buttons on its line.

type TUser = { id: string; email: string; password: string };

const SHOTS = process.env.E2E_SCREENSHOTS;
const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

/**
 * Every stored row of the company's applications and steps, to compare before and after: all
 * columns but the version and updatedAt, which every write (an undo too) moves on.
 */
async function stored(companyId: string) {
  const { db } = await import("@/lib/db");
  return db.application.findMany({
    where: { companyId },
    orderBy: { createdAt: "asc" },
    omit: { version: true, updatedAt: true },
    include: { events: { orderBy: { position: "asc" } } },
  });
}

const card = (page: Page) => page.getByTestId("application");
const settled = (page: Page, outcome: string) => page.locator(`[data-testid="application"][data-outcome="${outcome}"][aria-busy="false"]`);

/** A screenshot when E2E_SCREENSHOTS names a folder, once toasts and dialogs have finished moving in. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function undoFromToast(page: Page, label = "撤销") {
  await page.getByRole("button", { name: label, exact: true }).click();
}

describe("undo", () => {
  let browser: Browser;
  let owner: TUser;
  let companyId = "";
  const tierIds: string[] = [];

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { createTestUser } = await import("@/tests/helpers/users");
    const { createCompany } = await import("@/lib/services/companies");
    const { moveApplication, startApplication } = await import("@/lib/services/applications");
    const tz = { timeZone: "Asia/Shanghai" };
    owner = await createTestUser("撤销人");
    companyId = (await createCompany(owner.id, { name: "字节跳动", tier: "S" })).id;
    let app = await startApplication(owner.id, { companyId, role: "算法", command: { type: "advance", stage: "APPLIED", label: "投递" } }, tz);
    app = await moveApplication(owner.id, { applicationId: app.id, version: app.version, command: { type: "advance", stage: "WRITTEN_TEST", scheduledAt: "2026-03-01T19:00" } }, tz);
    await moveApplication(owner.id, { applicationId: app.id, version: app.version, command: { type: "advance", stage: "INTERVIEW", label: "一面", scheduledAt: "2099-04-08T10:00" } }, tz);
    for (const [name, tier] of [["米哈游", "A"], ["网易", "C"]] as const) tierIds.push((await createCompany(owner.id, { name, tier })).id);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  });

  it("names each step once, with its buttons on the step's first line", async () => {
    const page = await newPage(browser, { width: 1440 });
    await signIn(page, owner.email, owner.password);
    await page.goto(`/companies/${companyId}`);
    const applied = page.locator('[data-testid="timeline-event"][data-stage="APPLIED"]');
    await applied.waitFor();
    expect(await applied.getByText("投递", { exact: true }).count()).toBe(1);
    const name = (await applied.getByText("投递", { exact: true }).boundingBox())!;
    const edit = (await applied.getByRole("button", { name: "编辑环节" }).boundingBox())!;
    expect(Math.abs(edit.y + edit.height / 2 - (name.y + name.height / 2))).toBeLessThan(8);
    await page.context().close();
  });

  it("asks before an offer, then undo returns the application and its steps to exactly their earlier rows", async () => {
    const before = await stored(companyId);
    const page = await newPage(browser, { width: 1440 });
    await signIn(page, owner.email, owner.password);
    await page.goto(`/companies/${companyId}`);
    await settled(page, "ACTIVE").waitFor();
    await page.getByRole("button", { name: "拿到 offer" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("还没有结果的环节会记为通过：面试 一面").waitFor();
    await shoot(page, "undo-offer-dialog-zh-1440");
    expect(await stored(companyId)).toEqual(before);
    await dialog.getByRole("button", { name: "拿到 offer" }).click();
    await settled(page, "OFFER").waitFor();
    await poll(async () => (await stored(companyId))[0]!.outcome).toBe("OFFER");
    await page.getByRole("button", { name: "撤销", exact: true }).waitFor();
    await shoot(page, "undo-offer-toast-zh-1440");
    await undoFromToast(page);
    await page.getByText("已撤销").waitFor();
    await settled(page, "ACTIVE").waitFor();
    await poll(async () => (await stored(companyId))[0]!.outcome).toBe("ACTIVE");
    expect(await stored(companyId)).toEqual(before);
    await page.context().close();
  });

  it("deletes a step and a whole application, each restored from its toast with the same rows", async () => {
    const before = await stored(companyId);
    const page = await newPage(browser, { width: 1440 });
    await signIn(page, owner.email, owner.password);
    await page.goto(`/companies/${companyId}`);
    await settled(page, "ACTIVE").waitFor();

    const interview = page.locator('[data-testid="timeline-event"][data-stage="INTERVIEW"]');
    await interview.getByRole("button", { name: "删除环节" }).click();
    await page.getByText("已删除环节「面试 一面」").waitFor();
    await poll(async () => (await stored(companyId))[0]!.events.length).toBe(2);
    await undoFromToast(page);
    await page.getByText("已撤销").waitFor();
    await poll(async () => (await stored(companyId))[0]!.events).toEqual(before[0]!.events);
    await interview.waitFor();

    await page.reload();
    await settled(page, "ACTIVE").waitFor();
    await page.getByRole("button", { name: "删除投递" }).click();
    await page.getByRole("alertdialog").getByText("这个投递和它的 3 个环节都会被删除。删除后可以在提示里撤销。").waitFor();
    await shoot(page, "undo-delete-application-dialog-zh-1440");
    await page.getByRole("alertdialog").getByRole("button", { name: "删除投递" }).click();
    await page.getByText("已删除投递").waitFor();
    await poll(async () => (await stored(companyId)).length).toBe(0);
    await poll(() => card(page).count()).toBe(0);
    await undoFromToast(page);
    await page.getByText("已撤销").waitFor();
    await card(page).waitFor();
    expect(await stored(companyId)).toEqual(before);
    await page.context().close();
  });

  it("undoes a bulk tier, giving each company its own tier back", async () => {
    const { db } = await import("@/lib/db");
    const tiers = async () => (await db.company.findMany({ where: { id: { in: tierIds } }, orderBy: { name: "asc" }, select: { name: true, tier: true } }));
    const before = await tiers();
    const page = await newPage(browser, { width: 1440 });
    await signIn(page, owner.email, owner.password);
    await page.goto("/companies");
    for (const name of ["米哈游", "网易"]) await page.getByRole("checkbox", { name: `选择 ${name}` }).check();
    await page.getByRole("button", { name: "设置分级" }).click();
    await page.getByRole("menuitem", { name: "B", exact: true }).click();
    await page.getByText("已将 2 家公司设为 B").waitFor();
    await poll(async () => (await tiers()).map((company) => company.tier)).toEqual(["B", "B"]);
    await shoot(page, "undo-tier-toast-zh-1440");
    await undoFromToast(page);
    await page.getByText("已恢复原来的分级").waitFor();
    expect(await tiers()).toEqual(before);
    await page.context().close();
  });

  it("shows the offer question and the undo toast in English on a phone", async () => {
    const page = await newPage(browser, { width: 375, locale: "en" });
    await signIn(page, owner.email, owner.password);
    await page.goto(`/companies/${companyId}`);
    await settled(page, "ACTIVE").waitFor();
    await page.getByRole("button", { name: "Got an offer" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("Steps without a result are marked passed: Interview 一面").waitFor();
    await shoot(page, "undo-offer-dialog-en-375");
    await dialog.getByRole("button", { name: "Got an offer" }).click();
    await settled(page, "OFFER").waitFor();
    await page.getByRole("button", { name: "Undo", exact: true }).waitFor();
    await shoot(page, "undo-offer-toast-en-375");
    await undoFromToast(page, "Undo");
    await page.getByText("Undone").waitFor();
    await settled(page, "ACTIVE").waitFor();

    await page.getByRole("button", { name: "Rejected" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Rejected" }).click();
    await settled(page, "REJECTED").waitFor();
    await page.getByRole("button", { name: "Reopen" }).click();
    await page.getByRole("alertdialog").getByText("Reopened, it returns to “Interview”, status “Active”.").waitFor();
    await shoot(page, "undo-reopen-dialog-en-375");
    await page.getByRole("alertdialog").getByRole("button", { name: "Reopen" }).click();
    await settled(page, "ACTIVE").waitFor();
    await page.context().close();
  });

  it("says where 重新打开 returns the application, and 挂 then 重新打开 leaves every row as it was", async () => {
    const before = await stored(companyId);
    const page = await newPage(browser, { width: 1440 });
    await signIn(page, owner.email, owner.password);
    await page.goto(`/companies/${companyId}`);
    await settled(page, "ACTIVE").waitFor();
    await page.getByRole("button", { name: "挂了" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "挂了" }).click();
    await settled(page, "REJECTED").waitFor();
    expect(await page.getByRole("button", { name: "重新打开" }).getAttribute("title")).toBe("重新打开：回到「面试」（进行中）");
    await page.getByRole("button", { name: "重新打开" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("重新打开后，它会回到「面试」，状态为「进行中」。").waitFor();
    await dialog.getByText("「面试 一面」的结果会从未通过改回待定。").waitFor();
    await shoot(page, "undo-reopen-dialog-zh-1440");
    await dialog.getByRole("button", { name: "重新打开" }).click();
    await settled(page, "ACTIVE").waitFor();
    await poll(async () => (await stored(companyId))[0]!.outcome).toBe("ACTIVE");
    expect(await stored(companyId)).toEqual(before);
    await page.context().close();
  });

  it("changes a step's result after the fact, with undo", async () => {
    const before = await stored(companyId);
    const page = await newPage(browser, { width: 1440 });
    await signIn(page, owner.email, owner.password);
    await page.goto(`/companies/${companyId}`);
    await settled(page, "ACTIVE").waitFor();
    const written = page.locator('[data-testid="timeline-event"][data-stage="WRITTEN_TEST"]');
    await written.getByRole("button", { name: "修改结果: 通过" }).click();
    await page.getByRole("menuitem", { name: "待定" }).click();
    await page.getByText("「笔试」已改为待定").waitFor();
    await page.locator('[data-testid="timeline-event"][data-stage="WRITTEN_TEST"][data-result="PENDING"]').waitFor();
    await shoot(page, "undo-result-toast-zh-1440");
    await undoFromToast(page);
    await page.getByText("已撤销").waitFor();
    await page.locator('[data-testid="timeline-event"][data-stage="WRITTEN_TEST"][data-result="PASSED"]').waitFor();
    expect(await stored(companyId)).toEqual(before);
    await page.context().close();
  });

  it("undoes a drag on the board from its toast; a backward drag points at the timeline", async () => {
    const { createCompany } = await import("@/lib/services/companies");
    const { startApplication } = await import("@/lib/services/applications");
    const { id: meituan } = await createCompany(owner.id, { name: "美团", tier: "B" });
    await startApplication(owner.id, { companyId: meituan, role: "", command: { type: "advance", stage: "APPLIED" } }, { timeZone: "Asia/Shanghai" });
    const before = await stored(meituan);
    const page = await newPage(browser, { width: 1440 });
    await signIn(page, owner.email, owner.password);
    await page.goto("/board");
    const cardIn = (column: string) => page.locator(`[data-testid="board-column"][data-column="${column}"] [data-testid="board-card"][data-company="美团"]`);
    const drag = async (fromColumn: string, toColumn: string) => {
      const from = (await cardIn(fromColumn).boundingBox())!;
      const to = (await page.locator(`[data-testid="board-column"][data-column="${toColumn}"]`).boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
      await page.mouse.move(to.x + 40, to.y + 60, { steps: 15 });
      await page.mouse.up();
    };
    await cardIn("APPLIED").waitFor();
    await drag("APPLIED", "ASSESSMENT");
    await cardIn("ASSESSMENT").waitFor();
    await poll(async () => (await stored(meituan))[0]!.stage).toBe("ASSESSMENT");
    await page.getByRole("button", { name: "撤销", exact: true }).waitFor();
    await shoot(page, "undo-board-toast-zh-1440");
    await undoFromToast(page);
    await page.getByText("已撤销").waitFor();
    await cardIn("APPLIED").waitFor();
    expect(await stored(meituan)).toEqual(before);

    // A backward drag says where a mistaken step can be edited or deleted, and moves nothing.
    await drag("APPLIED", "TO_APPLY");
    await page.getByText("阶段不能往回退；记错了请打开这家公司，在投递记录的时间线里编辑或删除对应的环节。").waitFor();
    expect(await stored(meituan)).toEqual(before);
    await page.context().close();
  });

  for (const [locale, width] of [["zh", 375], ["en", 1440]] as const) {
    it(`shows the questions and the undo toast in ${locale} at ${width} px, and cancelling changes nothing`, async () => {
      const before = await stored(companyId);
      const text = locale === "zh"
        ? { offer: "拿到 offer", cancel: "取消", remove: "删除投递", step: "删除环节", undo: "撤销", undone: "已撤销" }
        : { offer: "Got an offer", cancel: "Cancel", remove: "Delete application", step: "Delete step", undo: "Undo", undone: "Undone" };
      const page = await newPage(browser, { width, locale });
      await signIn(page, owner.email, owner.password);
      await page.goto(`/companies/${companyId}`);
      await settled(page, "ACTIVE").waitFor();
      await page.getByRole("button", { name: text.offer }).click();
      await shoot(page, `undo-offer-dialog-${locale}-${width}`);
      await page.getByRole("alertdialog").getByRole("button", { name: text.cancel }).click();
      await page.getByRole("button", { name: text.remove }).click();
      await shoot(page, `undo-delete-application-dialog-${locale}-${width}`);
      await page.getByRole("alertdialog").getByRole("button", { name: text.cancel }).click();
      expect(await stored(companyId)).toEqual(before);
      await page.locator('[data-testid="timeline-event"][data-stage="WRITTEN_TEST"]').getByRole("button", { name: text.step }).click();
      await page.getByRole("button", { name: text.undo, exact: true }).waitFor();
      await shoot(page, `undo-step-toast-${locale}-${width}`);
      await undoFromToast(page, text.undo);
      await page.getByText(text.undone).waitFor();
      await poll(async () => (await stored(companyId))[0]!.events.length).toBe(before[0]!.events.length);
      expect(await stored(companyId)).toEqual(before);
      await page.context().close();
    });
  }
});
