import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { trackCompany } from "@/tests/helpers/applications";
import { holdChunks, newPage, signIn } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";
import { firstLoadJs } from "@/tests/helpers/first-load";
import type { TTestUser } from "@/tests/helpers/users";

// The dashboard's tier charts (recharts, loaded after the page): one funnel per tier and the tier
// portfolio render as SVG with accessible names in the light and the dark theme, in the theme's
// colours, with no console error; their numbers are those of the tables under 以表格查看; and the
// placeholder holds the chart's height while recharts loads, so nothing below it moves; and
// recharts is in no route's first-load JavaScript (the dashboard loads it after the page; sizes:
// first-load.test.ts).

type TTheme = "light" | "dark";

/** Every console error and uncaught page error of `page`, from now on. */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function openDashboard(browser: Browser, user: TTestUser, theme: TTheme, width?: number) {
  const page = await newPage(browser, { width });
  await page.context().addCookies([{ name: "ob-theme", value: theme, url: inject("baseUrl") }]);
  const errors = collectErrors(page);
  await signIn(page, user.email, user.password);
  return { page, errors };
}

/** The colours the portfolio chart is drawn in: its series' bars, an axis label. */
const chartColours = (page: Page) =>
  page.evaluate(() => {
    const chart = document.querySelector('[data-testid="tier-portfolio-chart"] svg')!;
    const bars = [...chart.querySelectorAll(".recharts-bar-rectangle path")].map((bar) => getComputedStyle(bar).fill);
    const tick = getComputedStyle(chart.querySelector(".recharts-cartesian-axis-tick-value")!).fill;
    // The transparent bar at each stack's end only carries the total.
    return { bars: [...new Set(bars)].filter((fill) => fill !== "rgba(0, 0, 0, 0)"), tick };
  });

describe("dashboard tier charts", () => {
  const suite = browserSuite();
  let user: TTestUser;

  beforeAll(async () => {
    user = await suite.createTestUser("画图人");
    await trackCompany(user.id, { name: "字节跳动", tier: "S" }, [{ type: "advance", stage: "APPLIED" }, { type: "advance", stage: "WRITTEN_TEST" }, { type: "markRejected" }]);
    await trackCompany(user.id, { name: "腾讯", tier: "S" }, [{ type: "advance", stage: "APPLIED" }, { type: "advance", stage: "INTERVIEW" }]);
    await trackCompany(user.id, { name: "米哈游", tier: "A" }, [{ type: "advance", stage: "APPLIED" }]);
    await trackCompany(user.id, { name: "美团", tier: "B" }, [{ type: "advance", stage: "APPLIED" }, { type: "advance", stage: "WRITTEN_TEST" }, { type: "advance", stage: "INTERVIEW" }, { type: "markOffer" }]);
    await trackCompany(user.id, { name: "京东", tier: "B" }, [{ type: "advance", stage: "APPLIED" }, { type: "markRejected" }]);
    await trackCompany(user.id, { name: "小公司", tier: null }, []);
  });

  const colours: Partial<Record<TTheme, Awaited<ReturnType<typeof chartColours>>>> = {};

  it.each(["light", "dark"] as const)("draws a funnel per tier and the portfolio as named SVG charts in the %s theme, with no console error", async (theme) => {
    const { page, errors } = await openDashboard(suite.browser, user, theme);
    await page.goto("/dashboard", { waitUntil: "networkidle" });
    expect(await page.locator("html").getAttribute("class")).toContain(theme);
    const funnels = page.getByTestId("tier-funnel-chart").locator("svg.recharts-surface");
    await expect.poll(() => funnels.count()).toBe(3);
    const portfolio = page.getByTestId("tier-portfolio-chart").locator("svg.recharts-surface");
    await portfolio.waitFor();
    // Named and described for a screen reader, and reachable by keyboard.
    for (const tier of ["S", "A", "B"]) await page.getByRole("application", { name: `投递漏斗：${tier}` }).waitFor();
    const funnelS = page.getByRole("application", { name: "投递漏斗：S" });
    expect(await funnelS.getAttribute("tabindex")).toBe("0");
    expect(await funnelS.locator("desc").textContent()).toBe("投递 2；测评 2；笔试 2（挂 1）；面试 1；offer 0");
    const named = page.getByRole("application", { name: "分级分布" });
    expect(await named.locator("desc").textContent()).toContain("未分级：未投递 1，进行中 0，offer 0，挂 0");
    // Four series with bars (untouched, active, offer, 挂), each its own colour.
    colours[theme] = await chartColours(page);
    expect(colours[theme]!.bars).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("takes its colours from the theme", () => {
    expect(colours.light && colours.dark).toBeTruthy();
    expect(colours.dark!.tick).not.toBe(colours.light!.tick);
    expect(colours.dark!.bars).not.toEqual(colours.light!.bars);
    // Not recharts' own grey.
    expect(colours.light!.tick).not.toBe("rgb(102, 102, 102)");
  });

  it("shows the same numbers in the charts as in the tables under 以表格查看", async () => {
    const { page, errors } = await openDashboard(suite.browser, user, "light");
    await page.goto("/dashboard", { waitUntil: "networkidle" });
    const table = page.getByTestId("tier-funnel");
    expect(await table.isVisible()).toBe(false);
    await page.getByTestId("tier-funnels").getByText("以表格查看").click();
    await table.waitFor();
    for (const tier of ["S", "A", "B"]) {
      const figure = page.getByTestId("tier-funnels").locator(`figure[data-tier="${tier}"]`);
      await figure.locator("svg.recharts-surface").waitFor();
      const drawn = await figure.locator(".recharts-label-list text").allTextContents();
      const cells = await table.locator(`tr[data-tier="${tier}"] td`).allInnerTexts();
      expect(drawn).toEqual(cells.map((cell) => cell.replace(/\s*\(\d+\)$/, "")));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("holds the chart's height while recharts loads, so nothing below it moves", async () => {
    const { page, errors } = await openDashboard(suite.browser, user, "light");
    // Holds back the script chunk that carries recharts until the placeholder has been measured.
    const release = await holdChunks(page, "recharts-");
    await page.goto("/dashboard");
    await page.getByTestId("tier-portfolio-chart").locator('[data-slot="skeleton"]').waitFor({ state: "attached" });
    const below = () => page.getByTestId("prepare-next").evaluate((element) => element.getBoundingClientRect().top);
    const before = await below();
    release();
    await page.getByTestId("tier-portfolio-chart").locator("svg.recharts-surface").waitFor();
    expect(await below()).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps recharts out of every route's first-load JavaScript", () => {
    const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
    const hasRecharts = (file: string) => readFileSync(path.join(distDir, file), "utf8").includes("recharts-surface");
    const chunks = readdirSync(path.join(distDir, "static/chunks")).map((name) => `static/chunks/${name}`);
    expect(chunks.filter((file) => file.endsWith(".js") && hasRecharts(file)).length).toBeGreaterThan(0);
    const routes = firstLoadJs(distDir);
    for (const { route, files } of routes) expect(files.filter(hasRecharts), route).toEqual([]);
  });
});
