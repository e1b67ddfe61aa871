import { Readable } from "node:stream";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { restoreBackup } from "@/lib/services/restore";
import { largeBackup } from "@/tests/helpers/large-backup";
import { createTestUser } from "@/tests/helpers/users";

import { rowCounts } from "./import-helpers";

// Restores stream in and insert in batches, inside one transaction: a backup that fails after
// thousands of rows were inserted leaves nothing behind.

/** The large backup's text with `change` applied to it as a whole. */
function backupText(user: { id: string; email: string }, count: number, change: (text: string) => string = (t) => t) {
  return change([...largeBackup(user, { questions: count })].join(""));
}
const stream = (text: string) => Readable.from([text]);

describe("restoring in batches", { timeout: 120_000 }, () => {
  it("restores 20,000 questions, the size that once ran the server out of memory", async () => {
    const user = await createTestUser();
    expect(await restoreBackup(user.id, stream(backupText(user, 20_000)))).toEqual({ restored: 20_001 });
    expect(await rowCounts(user.id)).toMatchObject({ sets: 1, questions: 20_000 });
    expect((await db.question.findFirstOrThrow({ where: { userId: user.id, position: 19_999 } })).number).toBe("20000");
  });

  it("writes nothing when a row near the end is refused after earlier batches went in", async () => {
    const user = await createTestUser();
    const text = backupText(user, 12_000, (t) => t.replace(`"position":11999,"number":"12000","title":"第 11999 题：注意力","answerMd":"缩放点积注意力","stars":3`, `"position":11999,"number":"12000","title":"第 11999 题：注意力","answerMd":"缩放点积注意力","stars":7`));
    await expect(restoreBackup(user.id, stream(text))).rejects.toMatchObject({ messageKey: "import.errors.backupInvalid", details: { table: "questions", row: 12_000, path: "stars" } });
    expect(await rowCounts(user.id)).toMatchObject({ sets: 0, questions: 0 });
  });

  it("writes nothing when the database refuses a late batch (a duplicate id)", async () => {
    const user = await createTestUser();
    const text = backupText(user, 5_000, (t) => t.replace(`"id":"${user.id}q4999"`, `"id":"${user.id}q1"`));
    await expect(restoreBackup(user.id, stream(text))).rejects.toMatchObject({ code: "VALIDATION", messageKey: "import.errors.backupFormat" });
    expect(await rowCounts(user.id)).toMatchObject({ sets: 0, questions: 0 });
  });

  it("refuses a time zone the runtime does not know, before writing anything", async () => {
    const user = await createTestUser();
    const text = backupText(user, 10, (t) => t.replace('"timeZone":"Asia/Shanghai"', '"timeZone":"Mars/Olympus"'));
    await expect(restoreBackup(user.id, stream(text))).rejects.toMatchObject({ messageKey: "import.errors.backupInvalid", details: { table: "user", path: "timeZone" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } })).toEqual({ timeZone: "Asia/Shanghai" });
  });
});
