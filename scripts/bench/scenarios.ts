// The pages and endpoints the benchmark loads. The first is the baseline every other throughput
// is compared with: the smallest dynamic page (the not-found page inside the root layout).
export type TScenario = { name: string; path: string; status?: number; kind: "page" | "json" };

export const SCENARIOS: TScenario[] = [
  { name: "baseline: empty dynamic page", path: "/bench-baseline-not-found", status: 404, kind: "page" },
  { name: "GET /api/health", path: "/api/health", kind: "json" },
  { name: "/dashboard", path: "/dashboard", kind: "page" },
];
