import { readFile } from "node:fs/promises";

import type { FileChooser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import { REAL_NOTES_PATH } from "@/tests/helpers/real-notes";
import type { TTestUser } from "@/tests/helpers/users";

// The import page's file picker and preview: the picker speaks the page's language and names the
// chosen file, a file can be dropped on it (click and keyboard still open the browser's chooser),
// an empty file is called empty, the preview says where applications beyond the pipeline block
// come from, and every suggested merge can be accepted at once.

/** Drops a file on the import panel's drop zone, as a drag from the desktop does (a DataTransfer). */
async function dropFile(page: Page, name: string, content: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: "text/markdown" }));
      return data;
    },
    [name, content] as const,
  );
  const zone = page.getByTestId("drop-zone").first();
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
}

/**
 * The chooser Space opens on the focused file input. Chromium may still be closing the previous
 * chooser when the key comes, and then opens none: the key is pressed again, up to five times.
 */
async function chooserByKeyboard(page: Page): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5_000 }).catch(() => null), page.keyboard.press("Space")]);
    if (chooser) return chooser;
    if (attempt === 5) throw new Error("Space on the focused file input opened no file chooser");
  }
}

describe("import file picker and preview", () => {
  const suite = browserSuite();
  let user: TTestUser;

  beforeAll(async () => {
    user = await suite.createTestUser("拖放导入");
  });

  it("shows a localized picker with the chosen file's name; click and keyboard open the chooser", async () => {
    for (const [locale, choose, none] of [
      ["zh", "选择文件", "未选择文件"],
      ["en", "Choose file", "No file chosen"],
    ] as const) {
      const page = await signedInPage(suite.browser, user, { locale });
      await page.goto("/import");
      const zone = page.getByTestId("drop-zone").first();
      expect(await zone.innerText()).toContain(choose);
      expect(await zone.getByTestId("drop-zone-name").innerText()).toContain(none);
      const [byClick] = await Promise.all([page.waitForEvent("filechooser"), zone.locator("label").click()]);
      expect(byClick.isMultiple()).toBe(false);
      // Closes the first chooser (nothing picked) before the keyboard opens another: a page has one at a time.
      await byClick.setFiles([]);
      await page.locator("#notes-file").focus();
      const byKey = await chooserByKeyboard(page);
      await byKey.setFiles({ name: "秋招笔记.md", mimeType: "text/markdown", buffer: Buffer.from("# 题目\n") });
      await expect.poll(() => zone.getByTestId("drop-zone-name").innerText()).toBe("秋招笔记.md");
      await page.context().close();
    }
  });

  it("says an empty file is empty, not that no file was chosen", async () => {
    const page = await signedInPage(suite.browser, user);
    await page.goto("/import");
    await page.setInputFiles("#notes-file", { name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
    await page.getByRole("button", { name: "预览", exact: true }).click();
    await page.getByRole("alert").getByText("文件是空的。").waitFor();
    expect(await page.getByText("请选择一个文件").count()).toBe(0);
    await page.context().close();
  });

  it("takes a dropped file, explains applications from tier-list annotations, and merges all suggestions at once", async () => {
    const page = await signedInPage(suite.browser, user);
    await page.goto("/import");
    await dropFile(page, "interview-notes.md", await readFile(REAL_NOTES_PATH, "utf8"));
    await expect.poll(() => page.getByTestId("drop-zone-name").first().innerText()).toBe("interview-notes.md");
    await page.getByRole("button", { name: "预览", exact: true }).click();
    await page.getByTestId("preview-applications").waitFor();

    const inFile = Number(await page.getByTestId("preview-applications").innerText());
    const created = Number(await page.getByTestId("created-applications").innerText());
    expect(created).toBeGreaterThan(inFile);
    // The difference is named where the two numbers are: applications stated by tier-list annotations.
    const stat = page.getByTestId("preview-applications").locator("..");
    expect(await stat.innerText()).toContain(`另有 ${created - inFile} 条来自分级列表的标注`);
    expect(await page.getByTestId("annotations-note").innerText()).toContain(`${created - inFile} 条`);

    const merges = page.getByTestId("merge");
    const count = await merges.count();
    expect(count).toBeGreaterThan(1);
    const confirm = page.getByTestId("confirm-import");
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "全部合并" }).click();
    await expect.poll(() => page.getByRole("button", { name: "将合并" }).count()).toBe(count);
    await expect.poll(() => confirm.isDisabled()).toBe(false);
    expect(await page.getByRole("button", { name: "全部合并" }).isDisabled()).toBe(true);
    await page.context().close();
  });
});
