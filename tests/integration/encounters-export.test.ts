import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { listDebriefPrompts, recordEncounters } from "@/lib/services/encounters";
import { exportAnki } from "@/lib/services/encounters-anki";
import { saveAssets } from "@/lib/services/import-assets";
import { createSet } from "@/lib/services/questions";
import { createQuestion } from "@/lib/services/questions-items";
import { createTestUser } from "@/tests/helpers/users";

const TZ = "Asia/Shanghai";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function step(userId: string, name: string, stage: "INTERVIEW" | "WRITTEN_TEST" | "APPLIED", scheduledAt: Date, archived = false) {
  const company = await db.company.create({ data: { userId, name, normalizedName: name, archivedAt: archived ? new Date() : null }, select: { id: true } });
  const application = await db.application.create({ data: { userId, companyId: company.id }, select: { id: true } });
  const event = await db.stageEvent.create({ data: { userId, applicationId: application.id, position: 0, stage, label: stage === "INTERVIEW" ? "一面" : "", scheduledAt }, select: { id: true } });
  return { companyId: company.id, eventId: event.id };
}

/** The stream read whole, and how many chunks it came in. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    text += decoder.decode(read.value, { stream: true });
    chunks += 1;
  }
  return { text, chunks };
}

describe("the dashboard's 复盘 prompt", () => {
  it("asks for past 笔试/面试 of the last two weeks without logged questions, until they are logged", async () => {
    const user = (await createTestUser()).id;
    const now = new Date("2026-04-10T12:00:00Z");
    const hour = 3_600_000;
    const done = await step(user, "已面完", "INTERVIEW", new Date(now.getTime() - 2 * hour));
    const written = await step(user, "笔试完", "WRITTEN_TEST", new Date(now.getTime() - 30 * hour));
    await step(user, "还没面", "INTERVIEW", new Date(now.getTime() + hour));
    await step(user, "太久以前", "INTERVIEW", new Date(now.getTime() - 20 * 24 * hour));
    await step(user, "只是投递", "APPLIED", new Date(now.getTime() - hour));
    await step(user, "已归档", "INTERVIEW", new Date(now.getTime() - hour), true);

    expect((await listDebriefPrompts(user, now)).map((p) => [p.companyName, p.stage, p.label])).toEqual([
      ["已面完", "INTERVIEW", "一面"],
      ["笔试完", "WRITTEN_TEST", ""],
    ]);
    await recordEncounters(user, { companyId: done.companyId, eventId: done.eventId, round: "", day: null, setId: null, items: [{ title: "自我介绍", answeredWell: true }] }, TZ, now);
    expect((await listDebriefPrompts(user, now)).map((p) => p.eventId)).toEqual([written.eventId]);
    // Another user sees none of them.
    expect(await listDebriefPrompts((await createTestUser()).id, now)).toEqual([]);
  });
});

describe("the Anki export", { timeout: 120_000 }, () => {
  it("writes headers, one note per question with its id as GUID, tags of set and where it was asked", async () => {
    const user = (await createTestUser()).id;
    const setId = (await createSet(user, { title: "LLM 基础" })).id;
    const q1 = (await createQuestion(user, { setId, title: "注意力 $QK^T$", answerMd: "公式：\n\n$$\n\\frac{a}{b}\n$$\n\n![图](assets/1.png)", stars: 0 })).id;
    const q2 = (await createQuestion(user, { setId, title: "说说 \"LoRA\"", answerMd: "低秩\t分解", stars: 0 })).id;
    const { companyId, eventId } = await step(user, "字节跳动", "INTERVIEW", new Date("2026-03-01T02:00:00Z"));
    await recordEncounters(user, { companyId, eventId, round: "二面", day: null, setId: null, items: [{ questionId: q1, answeredWell: true }] }, TZ);
    const other = (await createSet(user, { title: "别的" })).id;
    await createQuestion(user, { setId: other, title: "不在这个题集", answerMd: "x", stars: 0 });

    const { deck, stream } = await exportAnki(user, setId);
    expect(deck).toBe("Offerboard::LLM 基础");
    const header = "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n#deck:Offerboard::LLM 基础\n";
    expect((await readAll(stream)).text).toBe(
      header +
        `${q1}\t注意力 \\(QK^T\\)\t"<p>公式：</p>\n<p>\\[\\frac{a}{b}\\]</p>\n<p><img src=""1.png"" alt=""图""></p>"\tLLM_基础 字节跳动::二面\n` +
        `${q2}\t"说说 ""LoRA"""\t"<p>低秩\t分解</p>"\tLLM_基础\n`,
    );

    const whole = await readAll((await exportAnki(user, null)).stream);
    expect(whole.text).toContain("#deck:Offerboard\n");
    expect(whole.text).toContain("不在这个题集");
  });

  it("streams 5,000 questions a page at a time", async () => {
    const user = (await createTestUser()).id;
    const setId = (await createSet(user, { title: "大题集" })).id;
    await db.question.createMany({
      data: Array.from({ length: 5000 }, (_, i) => ({ userId: user, setId, position: i, title: `第 ${i} 题`, answerMd: i % 100 === 99 ? `答案 $x_${i}$ **${i}**` : `答案 ${i}`, contentHash: `h${i}` })),
    });
    const { text, chunks } = await readAll((await exportAnki(user, setId)).stream);
    const notes = text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
    expect(notes).toHaveLength(5000);
    expect(notes[4999]).toContain("第 4999 题\t<p>答案 \\(x_4999\\) <strong>4999</strong></p>");
    // Header, then 25 pages of 200.
    expect(chunks).toBe(26);
  });

  it("zips the notes file with the images its answers show, under media/", async () => {
    const user = (await createTestUser()).id;
    const setId = (await createSet(user, { title: "图" })).id;
    await createQuestion(user, { setId, title: "结构图", answerMd: "![](assets/arch.png) 与 ![](assets/missing.png)", stars: 0 });
    await saveAssets(user, [{ name: "arch.png", bytes: PNG }, { name: "unused.png", bytes: PNG }]);
    const { stream } = await exportAnki(user, setId, true);
    const files = unzipSync(new Uint8Array(await new Response(stream).arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(["Offerboard-图.txt", "media/arch.png"]);
    expect(files["media/arch.png"]).toEqual(PNG);
    expect(strFromU8(files["Offerboard-图.txt"]!)).toContain('<img src=""arch.png"" alt="""">');
  });

  it("refuses another user's set as not found", async () => {
    const owner = (await createTestUser()).id;
    const setId = (await createSet(owner, { title: "私有" })).id;
    await expect(exportAnki((await createTestUser()).id, setId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
