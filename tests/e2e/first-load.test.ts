import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { firstLoadJs } from "@/tests/helpers/first-load";

// Every route's first-load JavaScript, read from the production build the e2e run made: each
// under the 200 KB (gzipped) budget, and react-big-calendar in none of them (/calendar loads it
// after the page).

const BUDGET = 200 * 1024;
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";

describe("first-load JavaScript", () => {
  const routes = firstLoadJs(distDir);

  it("is under 200 KB gzipped on every route", () => {
    expect(routes.length).toBeGreaterThan(15);
    const over = routes.filter((route) => route.gzipBytes >= BUDGET).map(({ route, gzipBytes }) => `${route}: ${(gzipBytes / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it("holds react-big-calendar in a chunk of its own that no route loads first", () => {
    const hasCalendar = (file: string) => readFileSync(path.join(distDir, file), "utf8").includes("rbc-month-view");
    const chunks = readdirSync(path.join(distDir, "static/chunks")).map((name) => `static/chunks/${name}`);
    expect(chunks.filter((file) => file.endsWith(".js") && hasCalendar(file)).length).toBeGreaterThan(0);
    for (const { route, files } of routes) expect(files.filter(hasCalendar), route).toEqual([]);
  });
});
