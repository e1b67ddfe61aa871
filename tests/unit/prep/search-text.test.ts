import { describe, expect, it } from "vitest";

import { escapeLike, highlightParts } from "@/lib/services/search-text";

describe("question search text helpers", () => {
  it("escapes LIKE wildcards so they match themselves", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(escapeLike("自注意力")).toBe("自注意力");
  });

  it("marks every case-insensitive match, Chinese included", () => {
    expect(highlightParts("多头自注意力与自注意力", "自注意力")).toEqual([
      { text: "多头", match: false },
      { text: "自注意力", match: true },
      { text: "与", match: false },
      { text: "自注意力", match: true },
    ]);
    expect(highlightParts("RAG and rag", "Rag").filter((part) => part.match).map((part) => part.text)).toEqual(["RAG", "rag"]);
    expect(highlightParts("无匹配", "x")).toEqual([{ text: "无匹配", match: false }]);
    expect(highlightParts("abc", "")).toEqual([{ text: "abc", match: false }]);
  });
});
