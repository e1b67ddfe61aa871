import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// A set longer than a page in Chromium: the pager keeps the filter, and a page past the end goes
// back to the first.

describe("a question set's pages", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let pageSize = 0;

  beforeAll(async () => {
    const { SET_PAGE_SIZE } = await import("@/lib/services/questions-items");
    pageSize = SET_PAGE_SIZE;
    owner = await suite.createTestUser("翻页人");
  });

  it("pages through a set larger than a page with the filter kept, and sends a page past the end to the first", async () => {
    const [{ createSet }, { createQuestion }] = await Promise.all([import("@/lib/services/questions"), import("@/lib/services/questions-items")]);
    const long = await createSet(owner.id, { title: "E2E：长题集" });
    const starred = pageSize + 3;
    const titleOf = (n: number) => `长题 ${String(n).padStart(3, "0")}`;
    for (let n = 1; n <= starred + 2; n++) {
      await createQuestion(owner.id, { setId: long.id, title: titleOf(n), answerMd: "", stars: n <= starred ? 1 : 0 });
    }
    const page = await signedInPage(suite.browser, owner);
    const rows = page.locator("ol > li[data-question-id]");
    await page.goto(`/questions/${long.id}?star=1`);
    await rows.first().waitFor();
    expect(await rows.count()).toBe(pageSize);
    expect(await page.getByTestId("set-range").innerText()).toContain(`第 1–${pageSize} 题，共 ${starred} 题`);
    expect(await page.getByRole("button", { name: "上一页" }).isDisabled()).toBe(true);

    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/page=2/);
    expect(new URL(page.url()).searchParams.get("star")).toBe("1");
    await page.getByTestId("set-range").filter({ hasText: `第 ${pageSize + 1}–${starred} 题` }).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.first().innerText()).toContain(titleOf(pageSize + 1));
    expect(await page.getByRole("button", { name: "下一页" }).isDisabled()).toBe(true);

    await page.locator('a[rel="prev"]').click();
    await page.waitForURL((url) => url.searchParams.get("page") === null && url.searchParams.get("star") === "1");
    await page.getByTestId("set-range").filter({ hasText: `第 1–${pageSize} 题` }).waitFor();

    await page.goto(`/questions/${long.id}?star=1&page=9`);
    await page.waitForURL((url) => url.searchParams.get("page") === null && url.searchParams.get("star") === "1");
    expect(await rows.count()).toBe(pageSize);
  });
});
