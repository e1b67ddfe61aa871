import { describe, expect, it } from "vitest";

import { initialSearchBox, searchBoxReducer, type TSearchBoxAction, type TSearchBoxState } from "@/components/ui/use-search-box";
import { companyMatches } from "@/lib/search/company-match";
import { buildCompanySearchText } from "@/lib/search/company-text";

const run = (q: string, ...actions: TSearchBoxAction[]): TSearchBoxState => actions.reduce(searchBoxReducer, initialSearchBox(q));

describe("a search box backed by the URL's q", () => {
  it("shows the URL's q, and a typed text until its search is made", () => {
    expect(run("x")).toEqual({ text: "x", typed: false, sent: "x", seen: "x" });
    expect(run("", { type: "typed", text: "zj" })).toMatchObject({ text: "zj", typed: true });
    expect(run("", { type: "typed", text: "zj " }, { type: "searched", q: "zj" })).toEqual({ text: "zj ", typed: false, sent: "zj", seen: "" });
  });

  it("keeps its text when the URL gets the q it searched for, even while more is typed", () => {
    const state = run("", { type: "typed", text: "zj" }, { type: "searched", q: "zj" }, { type: "typed", text: "zjt" }, { type: "url", q: "zj" });
    expect(state).toEqual({ text: "zjt", typed: true, sent: "zj", seen: "zj" });
  });

  it("follows a q changed from outside (a nav link without q, back/forward), dropping a pending search", () => {
    expect(run("x", { type: "url", q: "" })).toEqual({ text: "", typed: false, sent: "", seen: "" });
    expect(run("x", { type: "typed", text: "xy" }, { type: "url", q: "" })).toEqual({ text: "", typed: false, sent: "", seen: "" });
    // Back to a q the box searched for before: it is shown again.
    expect(run("", { type: "typed", text: "x" }, { type: "searched", q: "x" }, { type: "url", q: "x" }, { type: "url", q: "" }, { type: "url", q: "x" })).toMatchObject({ text: "x" });
  });

  it("sets a text at once (Enter, clearing the filters) without a pending search", () => {
    expect(run("x", { type: "typed", text: "xy" }, { type: "searched", q: "", text: "" }, { type: "url", q: "" })).toEqual({ text: "", typed: false, sent: "", seen: "" });
  });
});

describe("companyMatches (the browser's companySearchSql)", () => {
  const bytedance = buildCompanySearchText("字节跳动", ["ByteDance"]);
  it("finds by name, pinyin, initials or alias, and everything by an empty query", () => {
    for (const query of ["字节", "zijie", "zi jie", "ZJTD", "bytedance", ""]) expect(companyMatches(bytedance, "字节跳动", query), query).toBe(true);
    expect(companyMatches(bytedance, "字节跳动", "tencent")).toBe(false);
  });
});
