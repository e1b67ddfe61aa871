import { beforeAll, describe, expect, it } from "vitest";

import { signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import type { TTestUser } from "@/tests/helpers/users";

// A question's answer holding an XSS payload, opened in Chromium: nothing in it runs or escapes
// the answer's box.

const XSS = "E2E：恶意答案";
const XSS_ANSWER = [
  "正文开始",
  '<img src="x" onerror="alert(1);fetch(\'/xss-probe-onerror\')">',
  "<script>alert(2);fetch('/xss-probe-script')</script>",
  "[点我](javascript:alert(3))",
  '<iframe src="/xss-probe-iframe"></iframe>',
  '<div style="position:fixed;inset:0;z-index:9999;background:red" id="overlay">遮罩层</div>',
  '<a href="/x" onclick="alert(4)">链接</a>',
].join("\n\n");

describe("a stored XSS payload in an answer", () => {
  const suite = browserSuite();
  let owner: TTestUser;
  let setId = "";
  let xssId = "";

  beforeAll(async () => {
    const [{ createSet }, { createQuestion }] = await Promise.all([
      import("@/lib/services/questions"),
      import("@/lib/services/questions-items"),
    ]);
    owner = await suite.createTestUser("备考人");
    setId = (await createSet(owner.id, { title: "E2E：安全" })).id;
    xssId = (await createQuestion(owner.id, { setId, title: XSS, answerMd: XSS_ANSWER, stars: 0 })).id;
  });

  it("does not run a stored XSS payload (no dialog, no request) and keeps it in the box", async () => {
    const page = await signedInPage(suite.browser, owner);
    const dialogs: string[] = [];
    const probes: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      if (request.url().includes("xss-probe")) probes.push(request.url());
    });
    await page.goto(`/questions/${setId}/${xssId}`, { waitUntil: "domcontentloaded" });
    const answer = page.getByTestId("answer");
    await answer
      .getByText("正文开始")
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: "/tmp/questions-e2e-xss.png", fullPage: true });
        throw error;
      });
    await page.waitForTimeout(1000);
    expect(dialogs).toEqual([]);
    expect(probes).toEqual([]);
    expect(await answer.locator("script, iframe, [onerror], [onclick]").count()).toBe(0);
    expect(await answer.locator('a[href^="javascript"]').count()).toBe(0);
    const position = await answer.getByText("遮罩层").evaluate((element) => getComputedStyle(element).position);
    expect(position).not.toBe("fixed");
  });
});
