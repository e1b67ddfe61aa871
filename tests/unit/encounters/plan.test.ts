import { describe, expect, it } from "vitest";

import { mianjingMarkdown } from "@/lib/encounters/mianjing";
import { cleanTitle, isPastAskedStep, normalizeQuestionText, planEncounters } from "@/lib/encounters/plan";

describe("encounter bookkeeping", () => {
  it("keeps the order asked, numbering from where the interview's list left off", () => {
    const plan = planEncounters([{ questionId: "q1", answeredWell: true }, { title: "手撕 LRU", answeredWell: false }, { questionId: "q2", answeredWell: true }], 3);
    expect(plan).toEqual([
      { kind: "existing", questionId: "q1", answeredWell: true, position: 3 },
      { kind: "new", title: "手撕 LRU", answeredWell: false, position: 4 },
      { kind: "existing", questionId: "q2", answeredWell: true, position: 5 },
    ]);
  });

  it("counts a question picked twice, or typed twice however spaced and punctuated, once; badly either time is badly", () => {
    const plan = planEncounters([
      { questionId: "q1", answeredWell: true },
      { title: "什么是 RAG？", answeredWell: true },
      { questionId: "q1", answeredWell: false },
      { title: "什么是rag", answeredWell: false },
      { title: "   ", answeredWell: true },
      { title: "？？", answeredWell: true },
    ]);
    expect(plan).toEqual([
      { kind: "existing", questionId: "q1", answeredWell: false, position: 0 },
      { kind: "new", title: "什么是 RAG？", answeredWell: false, position: 1 },
    ]);
  });

  it("normalises titles for comparison and cleans them for storage", () => {
    expect(normalizeQuestionText("什么是 ＲＡＧ？⭐⭐")).toBe(normalizeQuestionText("什么是RAG"));
    expect(normalizeQuestionText("LoRA 原理")).not.toBe(normalizeQuestionText("QLoRA 原理"));
    expect(cleanTitle("  讲讲\n  KV   cache ")).toBe("讲讲 KV cache");
  });

  it("offers logging for 笔试/面试 steps whose time has come", () => {
    const now = new Date("2026-04-02T00:00:00Z");
    const past = new Date("2026-04-01T11:00:00Z");
    expect(isPastAskedStep({ stage: "INTERVIEW", scheduledAt: past, happenedAt: null }, now)).toBe(true);
    expect(isPastAskedStep({ stage: "WRITTEN_TEST", scheduledAt: null, happenedAt: past }, now)).toBe(true);
    expect(isPastAskedStep({ stage: "INTERVIEW", scheduledAt: new Date("2026-04-03T00:00:00Z"), happenedAt: null }, now)).toBe(false);
    expect(isPastAskedStep({ stage: "APPLIED", scheduledAt: past, happenedAt: null }, now)).toBe(false);
    expect(isPastAskedStep({ stage: "INTERVIEW", scheduledAt: null, happenedAt: null }, now)).toBe(false);
  });
});

describe("面经 Markdown", () => {
  const questions = ["自我介绍", "讲一下 *LoRA* 和 [QLoRA](x)", "手撕：反转链表\n（迭代）"];

  it("is a numbered post in the order asked, headed by company and round", () => {
    expect(mianjingMarkdown({ company: "字节跳动", round: "二面", heading: "面经", questions })).toBe(
      "# 字节跳动 二面 面经\n\n1. 自我介绍\n2. 讲一下 \\*LoRA\\* 和 \\[QLoRA\\](x)\n3. 手撕：反转链表 （迭代）\n",
    );
  });

  it("leaves the company or the round out when asked", () => {
    expect(mianjingMarkdown({ company: null, round: "二面", heading: "面经", questions: ["a"] })).toBe("# 二面 面经\n\n1. a\n");
    expect(mianjingMarkdown({ company: "美团", round: null, heading: "面经", questions: ["a"] })).toBe("# 美团 面经\n\n1. a\n");
    expect(mianjingMarkdown({ company: null, round: "", heading: "面经", questions: [] })).toBe("# 面经\n\n");
  });
});
