// The pages and endpoints the benchmark loads. The first is the baseline every other throughput
// is compared with: the smallest dynamic page (the not-found page inside the root layout).
// Each key page is loaded twice: as a first HTML load, and as the client navigation a signed-in
// browser makes to it from another page (its RSC request, captured in navigations.ts).
// `revalidate`: the request a calendar app polls with, If-None-Match holding the ETag first served.
import { BENCH_FEED_TOKEN } from "./seed";

export type TScenario = { name: string; path: string; status?: number; kind: "page" | "json" | "revalidate" | "navigation" | "mixed" };

/** Where the captured client navigations start from. */
export const NAVIGATION_FROM = "/settings";

const KEY_PAGES = ["/dashboard", "/companies", "/companies?tier=S,A", "/board", "/questions", "/questions/s1", "/calendar", "/review"];
const FEED = `/api/calendar/${BENCH_FEED_TOKEN}.ics`;

export const SCENARIOS: TScenario[] = [
  { name: "baseline: empty dynamic page", path: "/bench-baseline-not-found", status: 404, kind: "page" },
  { name: "GET /api/health", path: "/api/health", kind: "json" },
  { name: "/settings", path: "/settings", kind: "page" },
  { name: "/dashboard", path: "/dashboard", kind: "page" },
  { name: "/companies (first page)", path: "/companies", kind: "page" },
  { name: "/companies?tier=S,A", path: "/companies?tier=S,A", kind: "page" },
  { name: "/companies?q=gs001 (pinyin initials)", path: "/companies?q=gs001", kind: "page" },
  { name: "/companies?sort=nextEvent", path: "/companies?sort=nextEvent&dir=asc", kind: "page" },
  { name: "/board", path: "/board", kind: "page" },
  { name: "/questions (20 sets with counts)", path: "/questions", kind: "page" },
  { name: "/questions/s1 (set of 500 questions)", path: "/questions/s1", kind: "page" },
  { name: "/review (today's queue of 5,000 questions, 4,000 cards)", path: "/review", kind: "page" },
  { name: "search 5,000 questions: rare term", path: `/questions/search?q=${encodeURIComponent("问题 4999：")}`, kind: "page" },
  { name: "search 5,000 questions: common term (first 100)", path: `/questions/search?q=${encodeURIComponent("位置编码")}`, kind: "page" },
  { name: "search 5,000 questions: 2 characters (no trigram)", path: `/questions/search?q=${encodeURIComponent("说明")}`, kind: "page" },
  { name: "/calendar (month around today)", path: "/calendar", kind: "page" },
  { name: "/calendar?view=agenda", path: "/calendar?view=agenda", kind: "page" },
  { name: "feed .ics (10,000 events)", path: FEED, kind: "json" },
  { name: "feed .ics unchanged (304)", path: FEED, status: 304, kind: "revalidate" },
  ...KEY_PAGES.map((path): TScenario => ({ name: `nav ${path}`, path, kind: "navigation" })),
  { name: "mixed: 4 navigations, then a stage move", path: "/board", kind: "mixed" },
];
