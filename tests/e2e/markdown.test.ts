import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { newPage, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// Untrusted Markdown in a real browser: an image from another host is a placeholder until the
// reader clicks it (no request before), and text stored too deep for the parser (a 3,500-level
// list in company notes, 50,000 levels in an answer) opens as plain text instead of taking the
// server down.

const REMOTE = "tracker.e2e.invalid";
const SHOTS = process.env.E2E_SCREENSHOTS;

describe("untrusted Markdown end to end", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let setId = "";
  let imageQuestionId = "";
  let deepQuestionId = "";
  let companyId = "";

  beforeAll(async () => {
    const { db } = suite;
    owner = await suite.createTestUser("读者");
    const set = await db.questionSet.create({ data: { userId: owner.id, title: "E2E 图片", slug: "e2e-images" }, select: { id: true } });
    setId = set.id;
    // Written as an import or a restore could have stored them, past what the editor accepts.
    const question = (position: number, title: string, answerMd: string) =>
      db.question.create({ data: { userId: owner.id, setId, position, title, answerMd, contentHash: `e2e-${position}` }, select: { id: true } });
    imageQuestionId = (await question(0, "外部图片", `正文\n\n![追踪](https://${REMOTE}/pixel.png)\n\n![本地](/api/assets/none.png)`)).id;
    deepQuestionId = (await question(1, "很深的答案", `${"> ".repeat(50_000)}深处`)).id;
    const company = await db.company.create({
      data: { userId: owner.id, name: "E2E 深备注", normalizedName: "e2e深备注", notes: `${"- ".repeat(3_500)}x` },
      select: { id: true },
    });
    companyId = company.id;
  });

  async function ownerPage(): Promise<{ page: Page; remoteRequests: string[] }> {
    const page = await newPage(suite.browser);
    const remoteRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes(REMOTE)) remoteRequests.push(request.url());
    });
    await signIn(page, owner.email, owner.password);
    return { page, remoteRequests };
  }

  it("shows a placeholder for an image from another host and loads it only after a click, without a referrer", async () => {
    const { page, remoteRequests } = await ownerPage();
    await page.goto(`/questions/${setId}/${imageQuestionId}`);
    const placeholder = page.getByRole("button", { name: /加载外部图片/ });
    await placeholder.waitFor();
    expect(await placeholder.innerText()).toContain(REMOTE);
    expect(await page.locator(`img[src*="${REMOTE}"]`).count()).toBe(0);
    expect(await page.locator('img[src="/api/assets/none.png"]').count()).toBe(1);
    if (SHOTS) await page.getByTestId("answer").screenshot({ path: `${SHOTS}/remote-image-placeholder.png` });
    expect(remoteRequests).toEqual([]);

    await placeholder.click();
    const image = page.locator(`img[src="https://${REMOTE}/pixel.png"]`);
    await image.waitFor({ state: "attached" });
    expect(await image.getAttribute("referrerpolicy")).toBe("no-referrer");
    expect(await image.getAttribute("alt")).toBe("追踪");
    await expect.poll(() => remoteRequests.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it("opens an answer 50,000 levels deep and company notes 3,500 levels deep as plain text", async () => {
    const { page } = await ownerPage();
    const answer = await page.goto(`/questions/${setId}/${deepQuestionId}`);
    expect(answer?.status()).toBe(200);
    await page.getByText("以纯文本显示").waitFor();
    expect(await page.locator("[data-markdown-plain] pre").innerText()).toContain("深处");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/deep-answer-plain.png` });

    const company = await page.goto(`/companies/${companyId}`);
    expect(company?.status()).toBe(200);
    await page.getByText("以纯文本显示").waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/deep-company-notes-plain.png` });
    // The editor says so as the answer is typed, before saving.
    await page.goto(`/questions/${setId}/${imageQuestionId}?edit=1`);
    await page.locator("#edit-answer").fill(`${"- ".repeat(40)}太深`);
    await page.getByText(/答案嵌套太深/).waitFor();
    expect(await page.getByRole("button", { name: "保存" }).isDisabled()).toBe(true);
    await page.getByRole("region", { name: "预览" }).getByText("以纯文本显示").waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-too-deep.png` });
    // The server is still there for the next request.
    expect((await page.goto("/api/health"))?.status()).toBe(200);
    await page.close();
  });
});
