import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { startedCompany } from "@/tests/helpers/applications";
import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import { poll, shoot, stored, undoFromToast } from "@/tests/helpers/undo";
import type { TTestUser } from "@/tests/helpers/users";

// Nothing is one click from permanent: 拿到 offer asks first and says which pending step it
// marks passed, and its toast's undo returns the application and its steps to exactly their
// earlier rows; a step and a whole application are deleted and restored from the toast. The
// timeline names each step once, its buttons on its line. (Lists: undo-lists.test.ts.)

const card = (page: Page) => page.getByTestId("application");
const settled = (page: Page, outcome: string) => page.locator(`[data-testid="application"][data-outcome="${outcome}"][aria-busy="false"]`);

describe("undo", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let companyId = "";

  beforeAll(async () => {
    const { moveApplication } = await import("@/lib/services/applications");
    const tz = { timeZone: "Asia/Shanghai" };
    owner = await suite.createTestUser("撤销人");
    const started = await startedCompany(owner.id, { name: "字节跳动", tier: "S" }, { type: "advance", stage: "APPLIED", label: "投递" }, "算法");
    companyId = started.companyId;
    const app = await moveApplication(owner.id, { applicationId: started.application.id, version: started.application.version, command: { type: "advance", stage: "WRITTEN_TEST", scheduledAt: "2026-03-01T19:00" } }, tz);
    await moveApplication(owner.id, { applicationId: app.id, version: app.version, command: { type: "advance", stage: "INTERVIEW", label: "一面", scheduledAt: "2099-04-08T10:00" } }, tz);
  });

  /** The owner's company page (1440 px wide unless `options` say otherwise), once its application shows as 进行中. */
  async function openActive(options: { width?: number; locale?: "zh" | "en" } = { width: 1440 }) {
    const page = await signedInPage(suite.browser, owner, options);
    await page.goto(`/companies/${companyId}`);
    await settled(page, "ACTIVE").waitFor();
    return page;
  }

  it("names each step once, with its buttons on the step's first line", async () => {
    const page = await signedInPage(suite.browser, owner, { width: 1440 });
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
    const page = await openActive();
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
    const page = await openActive();

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

  it("shows the offer question and the undo toast in English on a phone", async () => {
    const page = await openActive({ width: 375, locale: "en" });
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
    const page = await openActive();
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
    const page = await openActive();
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

  for (const [locale, width] of [["zh", 375], ["en", 1440]] as const) {
    it(`shows the questions and the undo toast in ${locale} at ${width} px, and cancelling changes nothing`, async () => {
      const before = await stored(companyId);
      const text = locale === "zh"
        ? { offer: "拿到 offer", cancel: "取消", remove: "删除投递", step: "删除环节", undo: "撤销", undone: "已撤销" }
        : { offer: "Got an offer", cancel: "Cancel", remove: "Delete application", step: "Delete step", undo: "Undo", undone: "Undone" };
      const page = await openActive({ width, locale });
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
