// A large JSON backup written as it is sent (never held whole), for the restore tests and
// `npm run bench:restore`: `questions` questions spread over `sets` sets, and `companies`
// companies each linked to every set (companies × sets rows of companySets).

type TOwner = { id: string; email: string };
type TLargeBackup = { questions: number; answerChars?: number; sets?: number; companies?: number; idPrefix?: string };

function* rowsOf(count: number, row: (i: number) => object) {
  for (let start = 0; start < count; start += 1000) {
    const rows: string[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) rows.push(JSON.stringify(row(i)));
    yield `${start === 0 ? "" : ","}${rows.join(",")}`;
  }
}

/** The backup's text in pieces of 1,000 rows. */
export function* largeBackup(owner: TOwner, { questions, answerChars = 7, sets = 1, companies = 0, idPrefix = owner.id }: TLargeBackup) {
  const at = new Date().toISOString();
  const userId = owner.id;
  const header = { format: "offerboard-backup", version: 1, exportedAt: at, user: { id: owner.id, email: owner.email, name: "大备份", locale: "zh", timeZone: "Asia/Shanghai", preferences: {} } };
  const setId = (j: number) => `${idPrefix}s${j}`;
  const answer = "缩放点积注意力：softmax(QK^T/√d)V。".repeat(Math.ceil(answerChars / 28)).slice(0, answerChars);
  yield `${JSON.stringify(header).slice(0, -1)},"data":{"companies":[`;
  yield* rowsOf(companies, (k) => ({
    userId, id: `${idPrefix}c${k}`, name: `公司${k}`, normalizedName: `公司${k}`, aliases: [], tier: null, website: null, notes: "", revival: false,
    noOpening: false, archivedAt: null, searchText: "", prepStartedAt: null, version: 1, createdAt: at, updatedAt: at,
  }));
  yield `],"questionSets":[`;
  yield* rowsOf(sets, (j) => ({ userId, id: setId(j), title: `题集 ${j}`, slug: `set-${j}`, kind: "QUESTIONS", notes: "", sortOrder: j, createdAt: at, updatedAt: at }));
  yield `],"questions":[`;
  yield* rowsOf(questions, (i) => ({
    userId, id: `${idPrefix}q${i}`, setId: setId(i % sets), position: i, number: String(i + 1), title: `第 ${i} 题：注意力`,
    answerMd: answer, stars: i % 4, placeholder: false, contentHash: String(i), version: 1, createdAt: at, updatedAt: at,
  }));
  yield `],"companySets":[`;
  yield* rowsOf(companies * sets, (n) => ({ userId, companyId: `${idPrefix}c${Math.floor(n / sets)}`, setId: setId(n % sets), createdAt: at }));
  yield "]}}";
}
