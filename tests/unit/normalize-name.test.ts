import { describe, expect, it } from "vitest";

import {
  findNearMatches,
  nearCandidates,
  nearMatchBetween,
  normalizeCompanyName,
  normalizeCompanyNameWithRegion,
} from "@/lib/companies/normalize-name";

describe("normalizeCompanyName", () => {
  it("is width-, case-, whitespace- and punctuation-insensitive", () => {
    expect(normalizeCompanyName("ＯＰＰＯ")).toBe("oppo");
    expect(normalizeCompanyName(" Oppo ")).toBe("oppo");
    expect(normalizeCompanyName("Trip.com")).toBe("tripcom");
    expect(normalizeCompanyName("字节 跳动")).toBe("字节跳动");
    expect(normalizeCompanyName("58同城")).toBe(normalizeCompanyName("５８同城"));
  });

  it("drops only legal-form suffixes and region qualifiers", () => {
    expect(normalizeCompanyName("阅文集团")).toBe("阅文");
    expect(normalizeCompanyName("某某科技有限公司")).toBe("某某科技");
    expect(normalizeCompanyName("某某股份有限公司")).toBe("某某");
    expect(normalizeCompanyName("微软（中国）有限公司")).toBe("微软");
    expect(normalizeCompanyName("Acme Inc.")).toBe("acme");
    expect(normalizeCompanyName("Acme Group")).toBe("acme");
    // business words stay: 科技 / 游戏 / 网络 distinguish companies
    expect(normalizeCompanyName("MOVA科技")).toBe("mova科技");
    expect(normalizeCompanyName("西山居游戏")).toBe("西山居游戏");
  });

  it("keeps the region qualifier in the key that tells a branch apart, and folds the rest alike", () => {
    expect(normalizeCompanyNameWithRegion("字节跳动（北京）")).toBe("字节跳动北京");
    expect(normalizeCompanyNameWithRegion("字节跳动 (北京)")).toBe(normalizeCompanyNameWithRegion("字节跳动（北京）"));
    expect(normalizeCompanyNameWithRegion("字节跳动")).toBe(normalizeCompanyName("字节跳动"));
    expect(normalizeCompanyNameWithRegion("微软（中国）有限公司")).toBe("微软中国");
  });

  it("never strips a name down to nothing", () => {
    expect(normalizeCompanyName("集团")).toBe("集团");
    expect(normalizeCompanyName("公司")).toBe("公司");
    expect(normalizeCompanyName("!!!")).toBe("!!!");
  });
});

describe("findNearMatches", () => {
  it("suggests one-character typos, contained names and known aliases", () => {
    expect(findNearMatches("饿了吗", nearCandidates(["饿了么", "美团"]))).toEqual([
      { candidate: "饿了么", kind: "SIMILAR", reason: { key: "merges.similar", params: { count: 1 } } },
    ]);
    expect(findNearMatches("海康", nearCandidates(["海康威视"]))).toEqual([
      { candidate: "海康威视", kind: "ALIAS", reason: { key: "merges.alias", params: { names: expect.stringContaining("海康 = 海康威视") } } },
    ]);
    expect(findNearMatches("西山居", nearCandidates(["西山居游戏"]))).toEqual([
      { candidate: "西山居游戏", kind: "CONTAINS", reason: { key: "merges.contains", params: { long: "西山居游戏", short: "西山居" } } },
    ]);
    expect(findNearMatches("B站", nearCandidates(["Bilibili", "哔哩哔哩"])).map((m) => [m.candidate, m.kind])).toEqual([
      ["Bilibili", "ALIAS"],
      ["哔哩哔哩", "ALIAS"],
    ]);
  });

  it("does not return exact matches or unrelated short names", () => {
    expect(findNearMatches("ＯＰＰＯ", nearCandidates(["oppo"]))).toEqual([]);
    expect(findNearMatches("搜狐", nearCandidates(["搜狗"]))).toEqual([]); // 2 characters: too short to call a typo
    expect(findNearMatches("美的", nearCandidates(["美团"]))).toEqual([]);
    expect(findNearMatches("abc", nearCandidates(["abcdef"]))).toHaveLength(1);
    expect(findNearMatches("ab", nearCandidates(["abcdef"]))).toEqual([]); // short ASCII is not "contained"
  });

  it("orders aliases before containment before similarity", () => {
    const kinds = findNearMatches("蚂蚁", nearCandidates(["蚂蚁金服", "蚂蚁搬家"])).map((m) => m.kind);
    expect(kinds).toEqual(["ALIAS", "CONTAINS"]);
    expect(nearMatchBetween("same", "same")).toBeNull();
  });
});
