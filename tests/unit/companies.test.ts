import { describe, expect, it } from "vitest";

import { utcToZonedInput, zonedToUtc } from "@/lib/dates/zone";
import { buildCompanySearchText, searchNeedle } from "@/lib/search/company-text";
import { ZMoveApplication } from "@/lib/validation/applications";
import { ZBulkLinkSet, ZCompanyTableQuery, ZCreateCompany } from "@/lib/validation/companies";
import { toSearchParams } from "@/lib/companies/table-url";

const matches = (name: string, aliases: string[], query: string) =>
  buildCompanySearchText(name, aliases).includes(searchNeedle(query));

describe("company search text (pinyin)", () => {
  it("finds 字节跳动 by name, substring, full pinyin, initials and alias, any case or width", () => {
    for (const query of ["字节", "跳动", "zijietiaodong", "zi jie", "zjtd", "ZJTD", "bytedance", "ＢｙｔｅＤａｎｃｅ"]) {
      expect(matches("字节跳动", ["ByteDance"], query), query).toBe(true);
    }
    expect(matches("字节跳动", ["ByteDance"], "tencent")).toBe(false);
  });

  it("handles mixed names and aliases (B站 / 哔哩哔哩)", () => {
    expect(matches("B站", ["哔哩哔哩"], "bz")).toBe(true);
    expect(matches("B站", ["哔哩哔哩"], "bilibili")).toBe(true);
    expect(matches("Ant Group", [], "antgroup")).toBe(true);
    expect(matches("Ant Group", [], "ant group")).toBe(true);
  });
});

describe("ZCompanyTableQuery (the URL is the state)", () => {
  it("parses lists, flags, sort and paging", () => {
    expect(ZCompanyTableQuery.parse({ q: " zjtd ", tier: "S,A,NONE", stage: "INTERVIEW", outcome: "ACTIVE", week: "1", archived: "1", sort: "nextEvent", dir: "asc", page: "3", size: "50" })).toEqual({
      q: "zjtd",
      tier: ["S", "A", "NONE"],
      stage: ["INTERVIEW"],
      outcome: ["ACTIVE"],
      week: true,
      archived: true,
      sort: "nextEvent",
      dir: "asc",
      page: 3,
      size: 50,
    });
  });

  it("falls back to defaults on anything unknown (sort keys are a whitelist)", () => {
    expect(ZCompanyTableQuery.parse({ tier: "S,X,S", sort: '"name"; DROP TABLE', dir: "up", page: "0", size: "1000", week: "yes", archived: "true" })).toEqual({
      q: "",
      tier: ["S"],
      stage: [],
      outcome: [],
      week: false,
      archived: false,
      sort: "lastActivity",
      dir: "desc",
      page: 1,
      size: 25,
    });
    expect(ZCompanyTableQuery.parse({ q: ["a", "b"] }).q).toBe("a");
  });

  it("writes back only what differs from the defaults, and reads it back the same", () => {
    const query = ZCompanyTableQuery.parse({ tier: "S,A", archived: "1", sort: "name", dir: "asc", page: "2" });
    const params = toSearchParams(query);
    expect(params.toString()).toBe("tier=S%2CA&archived=1&sort=name&dir=asc&page=2");
    expect(ZCompanyTableQuery.parse(Object.fromEntries(params))).toEqual(query);
    expect(toSearchParams(ZCompanyTableQuery.parse({})).toString()).toBe("");
  });
});

describe("bulk link of a question set", () => {
  it("takes one set and 1 to 500 company ids", () => {
    expect(ZBulkLinkSet.safeParse({ setId: "s1", ids: ["c1", "c2"] }).success).toBe(true);
    expect(ZBulkLinkSet.safeParse({ setId: "s1", ids: [] }).success).toBe(false);
    expect(ZBulkLinkSet.safeParse({ setId: "", ids: ["c1"] }).success).toBe(false);
    expect(ZBulkLinkSet.safeParse({ setId: "s1", ids: Array(501).fill("c") }).success).toBe(false);
  });
});

describe("input limits", () => {
  it("caps names, aliases and website; requires http(s)", () => {
    expect(ZCreateCompany.safeParse({ name: " ", tier: null }).success).toBe(false);
    expect(ZCreateCompany.safeParse({ name: "x".repeat(81), tier: null }).success).toBe(false);
    expect(ZCreateCompany.safeParse({ name: "字节", tier: "S", website: "javascript:alert(1)" }).success).toBe(false);
    expect(ZCreateCompany.safeParse({ name: "字节", tier: "S", aliases: Array(21).fill("a") }).success).toBe(false);
    expect(ZCreateCompany.safeParse({ name: "字节", tier: "S", website: "https://jobs.bytedance.com" }).success).toBe(true);
  });

  it("accepts a datetime-local value, refuses anything else", () => {
    const move = (scheduledAt: string) =>
      ZMoveApplication.safeParse({ applicationId: "a", version: 1, command: { type: "advance", stage: "WRITTEN_TEST", scheduledAt } }).success;
    expect(move("2026-04-01T19:00")).toBe(true);
    expect(move("2026-13-01T19:00")).toBe(false);
    expect(move("04-01 19:00")).toBe(false);
  });
});

describe("times in the user's time zone", () => {
  it("reads a wall-clock time in Asia/Shanghai and writes it back", () => {
    const instant = zonedToUtc("2026-04-01T19:00", "Asia/Shanghai");
    expect(instant.toISOString()).toBe("2026-04-01T11:00:00.000Z");
    expect(utcToZonedInput(instant, "Asia/Shanghai")).toBe("2026-04-01T19:00");
  });

  it("handles daylight saving time (New York, March)", () => {
    expect(zonedToUtc("2026-03-09T09:00", "America/New_York").toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(zonedToUtc("2026-03-06T09:00", "America/New_York").toISOString()).toBe("2026-03-06T14:00:00.000Z");
  });

});
