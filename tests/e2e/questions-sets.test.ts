import { readFile } from "node:fs/promises";
import { crc32, deflateSync } from "node:zlib";

import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import { REAL_NOTES_PATH } from "@/tests/helpers/real-notes";
import type { TTestUser } from "@/tests/helpers/users";

// Sets as a new user meets them, on the real notes: the Transformer set's own notes (its header
// image and reference links) and ==highlight== shown; a wide table scrolls sideways on a phone
// without breaking words; the set filters combine; the 关联公司 sheet finds a company by pinyin.

const SHOTS = process.env.E2E_SCREENSHOTS;

/** A plain 800×400 PNG (a banner-sized header image), uploaded under the name the set's notes use. */
function bannerPng(): Buffer {
  const [width, height] = [800, 400];
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x3b, 0x82, 0xf6]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}
const WIDE = "E2E：宽表格";
const WORDS = ["Backpropagation", "Regularization", "Hyperparameters", "Tokenization", "Normalization", "Initialization"];

describe("question sets end to end", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let setId = "";
  let highlightId = "";
  let wideId = "";

  beforeAll(async () => {
    const [{ readNotesFile }, { applyImport }, { createQuestion }, { db }] = await Promise.all([
      import("@/lib/notes/notes-file"),
      import("@/lib/services/import"),
      import("@/lib/services/questions-items"),
      import("@/lib/db"),
    ]);
    owner = await suite.createTestUser("题集读者");
    const file = readNotesFile("interview-notes.md", new Uint8Array(await readFile(REAL_NOTES_PATH)));
    await applyImport(owner.id, { fileName: "interview-notes.md", text: file.text, hash: file.hash, year: new Date().getFullYear() });
    const set = await db.questionSet.findFirstOrThrow({ where: { userId: owner.id, title: { contains: "Transformer" } }, select: { id: true, notes: true } });
    setId = set.id;
    const image = /assets\/([^)\s]+\.png)/.exec(set.notes)?.[1];
    expect(image, "the Transformer set's notes hold its header image").toBeTruthy();
    await db.asset.create({ data: { userId: owner.id, fileName: image!, mimeType: "image/png", data: new Uint8Array(bannerPng()) } });
    const highlighted = await db.question.findFirstOrThrow({ where: { userId: owner.id, setId, answerMd: { contains: "==关注序列内部的关系==" } }, select: { id: true } });
    highlightId = highlighted.id;
    const header = `| 概念 | ${WORDS.slice(0, 3).join(" | ")} |\n| --- | --- | --- | --- |\n`;
    const rows = `| 英文 | ${WORDS.slice(3).join(" | ")} |\n| 说明 | 反向传播计算梯度 | 防止过拟合的手段 | 训练前设定的参数 |`;
    wideId = (await createQuestion(owner.id, { setId, title: WIDE, answerMd: header + rows, stars: 2 })).id;
  });

  const ownerPage = (options: { width?: number; locale?: "zh" | "en" } = {}) => signedInPage(suite.browser, owner, options);

  it("shows the set's own notes with their header image and reference links", async () => {
    for (const [locale, width] of [["zh", 1440], ["en", 375]] as const) {
      const page = await ownerPage({ locale, width });
      await page.goto(`/questions/${setId}`);
      const notes = page.getByTestId("set-notes");
      await notes.waitFor();
      expect(await notes.innerText()).toContain(locale === "zh" ? "题集笔记" : "Set notes");
      const image = notes.locator('img[src^="/api/assets/"]');
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBe(800);
      // Shown whole, within the page's width and as a banner's height.
      const box = (await image.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeGreaterThan(100);
      expect(box.height).toBeLessThanOrEqual(300);
      expect(await notes.locator('a[href="https://zhuanlan.zhihu.com/p/554814230"]').count()).toBe(1);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/set-notes-${locale}-${width}.png` });
      await page.close();
    }
  });

  it("renders ==highlight== as <mark> in an answer", async () => {
    const page = await ownerPage();
    await page.goto(`/questions/${setId}/${highlightId}`);
    const answer = page.getByTestId("answer");
    await answer.locator("mark").first().waitFor();
    expect(await answer.locator("mark").allInnerTexts()).toEqual(["关注序列内部的关系", "关注目标与其他对象之间的关系"]);
    expect(await answer.innerText()).not.toContain("==");
    if (SHOTS) await answer.locator("mark").first().screenshot({ path: `${SHOTS}/highlight.png` });
    await page.close();
  });

  it("on a 375 px phone, a wide table scrolls sideways and breaks no word", async () => {
    for (const locale of ["zh", "en"] as const) {
      const page = await ownerPage({ locale, width: 375 });
      await page.goto(`/questions/${setId}/${wideId}`);
      const wrapper = page.getByTestId("answer").locator(".md-table");
      await wrapper.waitFor();
      const size = await wrapper.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
      expect(size.scroll).toBeGreaterThan(size.client);
      // The page itself does not scroll sideways: only the table's wrapper does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // Each long word sits on one line: a word broken mid-word has two line boxes.
      const lines = await wrapper.evaluate((element, words) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const counts: Record<string, number> = {};
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          for (const word of words) {
            const at = text.indexOf(word);
            if (at === -1) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            counts[word] = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          }
        }
        return counts;
      }, WORDS);
      expect(lines).toEqual(Object.fromEntries(WORDS.map((word) => [word, 1])));
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/wide-table-${locale}-375.png` });
      await wrapper.evaluate((element) => element.scrollBy({ left: 10_000 }));
      expect(await wrapper.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      await page.close();
    }
  });

  it("combines ⭐ and 未学 in the URL, and a second click on a chip turns it off", async () => {
    const page = await ownerPage();
    await page.goto(`/questions/${setId}`);
    const filters = page.getByRole("navigation", { name: "筛选" });
    await filters.getByRole("link", { name: "重点" }).click();
    await page.waitForURL((url) => url.search === "?star=1");
    await filters.getByRole("link", { name: "未学" }).click();
    await page.waitForURL((url) => url.searchParams.get("star") === "1" && url.searchParams.get("mastery") === "NEW");
    expect(await filters.locator('a[aria-current="true"]').allInnerTexts()).toEqual(["重点", "未学"]);
    const rows = page.locator("ol > li[data-question-id]");
    await rows.first().waitFor();
    const stars = await rows.locator(".q-stars").evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute("data-stars"))));
    expect(stars.length).toBeGreaterThan(0);
    expect(stars.every((count) => count > 0)).toBe(true);
    expect(new Set(await rows.locator("button[data-mastery]").evaluateAll((b) => b.map((x) => x.getAttribute("data-mastery"))))).toEqual(new Set(["NEW"]));
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/set-filters-zh-1440.png` });
    await filters.getByRole("link", { name: "重点" }).click();
    await page.waitForURL((url) => url.search === "?mastery=NEW");
    await filters.getByRole("link", { name: "全部" }).click();
    await page.waitForURL((url) => url.search === "");
    await page.close();
  });

  it("finds a company in the 关联公司 sheet by pinyin initials, and offers 未分级 among the tiers", async () => {
    const { db } = await import("@/lib/db");
    const bytedance = await db.company.findFirstOrThrow({ where: { userId: owner.id, name: "字节跳动" }, select: { id: true } });
    for (const [locale, width] of [["zh", 1440], ["en", 375]] as const) {
      const page = await ownerPage({ locale, width });
      await page.goto(`/questions/${setId}`);
      await page.getByRole("button", { name: locale === "zh" ? /关联公司/ : /Link companies/ }).click();
      const sheet = page.getByRole("dialog");
      const search = sheet.getByRole("searchbox");
      await search.waitFor();
      expect(await sheet.locator("li").count()).toBeGreaterThan(20);
      await search.fill("zjtd");
      await expect.poll(() => sheet.locator("li").allInnerTexts()).toEqual([expect.stringContaining("字节跳动")]);
      await search.fill("xyz不存在");
      await sheet.getByText(locale === "zh" ? "没有匹配的公司" : "No company matches").waitFor();
      expect(await sheet.getByRole("checkbox", { name: locale === "zh" ? "未分级" : "No tier" }).count()).toBe(1);
      await search.fill("zijie");
      await expect.poll(() => sheet.locator("li").allInnerTexts()).toEqual([expect.stringContaining("字节跳动")]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/link-sheet-${locale}-${width}.png` });
      await page.close();
    }
    // The tick in the filtered list links the company it shows.
    const page = await ownerPage();
    await page.goto(`/questions/${setId}`);
    await page.getByRole("button", { name: /关联公司/ }).click();
    const sheet = page.getByRole("dialog");
    await sheet.getByRole("searchbox").fill("zjtd");
    await sheet.getByRole("checkbox", { name: /字节跳动/ }).check();
    await page.getByText("关联已保存").waitFor();
    expect(await db.companySet.count({ where: { userId: owner.id, setId, companyId: bytedance.id } })).toBe(1);
    await page.close();
  });

  it("names the first linked companies in the delete question, read when it opens; 取消 keeps the set", async () => {
    const { db } = await import("@/lib/db");
    const { linkSetToCompanies } = await import("@/lib/services/prep-links");
    const set = await db.questionSet.findFirstOrThrow({ where: { userId: owner.id, id: { not: setId } }, select: { id: true, title: true } });
    const companies = await db.company.findMany({ where: { userId: owner.id }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 2 });
    await db.companySet.deleteMany({ where: { userId: owner.id, setId: set.id } });
    await linkSetToCompanies(owner.id, { setId: set.id, ids: companies.map((company) => company.id) });
    const page = await ownerPage();
    await page.goto("/questions");
    await page.getByRole("button", { name: `操作: ${set.title}` }).click();
    await page.getByRole("menuitem", { name: "删除题集" }).click();
    const question = page.getByRole("alertdialog");
    const names = companies.map((company) => company.name).sort((a, b) => a.localeCompare(b, "zh"));
    // Once the set's links are read, it lists the companies in pinyin order.
    await expect.poll(() => question.innerText()).toContain(`它已关联到这些公司，删除后会从它们的备考清单中移除：${names.join("、")}`);
    await question.getByRole("button", { name: "取消" }).click();
    await question.waitFor({ state: "hidden" });
    expect(await db.questionSet.count({ where: { id: set.id } })).toBe(1);
    await page.close();
  });
});
