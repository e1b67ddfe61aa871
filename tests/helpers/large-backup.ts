// A large JSON backup written as it is sent (never held whole): one question set and `count`
// questions, for the restore tests and `npm run bench:restore`.

type TOwner = { id: string; email: string };

/** The backup's text in pieces of 1,000 rows; each question's answer has `answerChars` characters. */
export function* largeBackup(owner: TOwner, count: number, answerChars = 7) {
  const at = new Date().toISOString();
  const header = { format: "offerboard-backup", version: 1, exportedAt: at, user: { id: owner.id, email: owner.email, name: "大备份", locale: "zh", timeZone: "Asia/Shanghai", preferences: {} } };
  const set = { userId: owner.id, id: `${owner.id}-s`, title: "Transformer", slug: "transformer", kind: "QUESTIONS", notes: "", sortOrder: 0, createdAt: at, updatedAt: at };
  const answer = "缩放点积注意力：softmax(QK^T/√d)V。".repeat(Math.ceil(answerChars / 28)).slice(0, answerChars);
  yield `${JSON.stringify(header).slice(0, -1)},"data":{"questionSets":[${JSON.stringify(set)}],"questions":[`;
  for (let start = 0; start < count; start += 1000) {
    const rows: string[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      rows.push(JSON.stringify({
        userId: owner.id, id: `${owner.id}-${i}`, setId: set.id, position: i, number: String(i + 1), title: `第 ${i} 题：注意力`,
        answerMd: answer, stars: i % 4, placeholder: false, contentHash: String(i), version: 1, createdAt: at, updatedAt: at,
      }));
    }
    yield `${start === 0 ? "" : ","}${rows.join(",")}`;
  }
  yield "]}}";
}
