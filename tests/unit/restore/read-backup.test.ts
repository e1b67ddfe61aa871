import { Readable } from "node:stream";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { readBackup } from "@/lib/services/restore-read";
import type { TBackupTable } from "@/lib/validation/backup";

// The restore validator, fed valid backups of the export's shape and mutated ones: every input
// is either read whole or refused with a clear VALIDATION (or TOO_LARGE) error, never anything
// else, in time roughly linear in its size.

const AT = "2026-04-01T11:00:00.000Z";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]).toString("base64");

function validBackup(): Record<string, unknown> & { user: Record<string, unknown>; data: Record<TBackupTable, Record<string, unknown>[]> } {
  const userId = "u1";
  return {
    format: "offerboard-backup",
    version: 1,
    exportedAt: AT,
    user: { id: userId, email: "a@example.test", name: "测试", locale: "zh", timeZone: "Asia/Shanghai", preferences: { companiesTable: { density: "compact", hidden: ["tier"] } } },
    data: {
      companies: [{ userId, id: "c1", name: "美团", normalizedName: "美团", aliases: ["meituan"], tier: "S", website: null, notes: "", revival: false, noOpening: false, archivedAt: null, searchText: "美团 meituan", prepStartedAt: AT, version: 2, createdAt: AT, updatedAt: AT }],
      questionSets: [{ userId, id: "s1", title: "Transformer", slug: "transformer", kind: "QUESTIONS", notes: "", sortOrder: 0, createdAt: AT, updatedAt: AT }],
      questions: [{ userId, id: "q1", setId: "s1", position: 0, number: "1", title: "自注意力", answerMd: "$QK^T$", stars: 3, placeholder: false, contentHash: "abc", version: 1, createdAt: AT, updatedAt: AT }],
      applications: [{ userId, id: "a1", companyId: "c1", role: "算法", stage: "INTERVIEW", outcome: "ACTIVE", appliedAt: AT, closedAt: null, notes: "", version: 1, createdAt: AT, updatedAt: AT }],
      stageEvents: [{ userId, id: "e1", applicationId: "a1", position: 0, stage: "INTERVIEW", label: "一面", scheduledAt: AT, happenedAt: null, result: "PENDING", notes: "", link: null, linkExpiresAt: null, createdAt: AT }],
      companySets: [{ userId, companyId: "c1", setId: "s1", createdAt: AT }],
      prepTasks: [{ userId, id: "t1", companyId: "c1", title: "反问", done: true, doneAt: AT, dueAt: null, position: 0, createdAt: AT }],
      encounters: [{ userId, id: "x1", questionId: "q1", companyId: "c1", eventId: "e1", round: "一面", askedAt: AT, answeredWell: false, position: 0, createdAt: AT }],
      reviewCards: [{ userId, questionId: "q1", due: AT, stability: 2.3, difficulty: 5.1, elapsedDays: 0, scheduledDays: 2, reps: 1, lapses: 0, state: "REVIEW", lastReview: AT }],
      reviewLogs: [
        {
          userId, id: "l1", questionId: "q1", rating: 3, source: "REVIEW", reviewedAt: AT, prevDue: AT, prevStability: 0, prevDifficulty: 0,
          prevElapsedDays: 0, prevScheduledDays: 0, prevReps: 0, prevLapses: 0, prevState: "NEW", prevLastReview: null,
        },
      ],
      importRuns: [{ userId, id: "i1", sourceName: "notes.md", hash: "h", counts: { summary: { sets: 1 }, questionHashes: ["abc"] }, createdAt: AT }],
      assets: [{ userId, id: "f1", fileName: "1.png", mimeType: "image/png", data: PNG, createdAt: AT }],
    },
  };
}

/** Reads the whole backup; resolves with the number of rows, or rejects with what readBackup threw. */
async function read(text: string): Promise<number> {
  let rows = 0;
  const chunks = Array.from({ length: Math.ceil(text.length / 4096) }, (_, i) => text.slice(i * 4096, (i + 1) * 4096));
  for await (const item of readBackup(Readable.from(chunks))) if (item.kind === "rows") rows += item.rows.length;
  return rows;
}

const TABLES = Object.keys(validBackup().data) as TBackupTable[];
const FIELD_VALUES = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom("Mars/Olympus", "text/html", "../../etc/passwd.png", "a/b.png", -1, 4, 0, 2 ** 31, 1.5, "NaN", "", "2026-13-45T99:00:00Z", "zz", "__proto__"),
  fc.integer({ min: 1, max: 300_000 }).map((n) => "x".repeat(n)),
);
const KEYS = fc.constantFrom("__proto__", "constructor", "prototype", "id", "userId", "email", "timeZone", "locale", "stars", "version", "mimeType", "fileName", "data", "preferences", "counts");

/** Mutations of a valid backup, as the parsed value or as its JSON text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("row" as const), table: fc.constantFrom(...TABLES), key: KEYS, value: FIELD_VALUES }),
  fc.record({ kind: fc.constant("user" as const), key: KEYS, value: FIELD_VALUES }),
  fc.record({ kind: fc.constant("top" as const), key: fc.constantFrom("format", "version", "user", "data", "__proto__"), value: FIELD_VALUES }),
  fc.record({ kind: fc.constant("nest" as const), depth: fc.integer({ min: 1, max: 20_000 }), open: fc.constantFrom("[", '{"a":') }),
  fc.record({ kind: fc.constant("text" as const), at: fc.nat(), cut: fc.boolean(), insert: fc.string({ maxLength: 20 }) }),
);

function mutate(m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): string {
  const backup = validBackup();
  switch (m.kind) {
    case "row": {
      const row = backup.data[m.table]![0]!;
      Object.defineProperty(row, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      return JSON.stringify(backup);
    }
    case "user":
      Object.defineProperty(backup.user, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      return JSON.stringify(backup);
    case "top":
      Object.defineProperty(backup, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      return JSON.stringify(backup);
    case "nest": {
      const close = m.open === "[" ? "]" : "}";
      return JSON.stringify(backup).replace('"preferences":{', `"preferences":{"deep":${m.open.repeat(m.depth)}1${close.repeat(m.depth)},`);
    }
    case "text": {
      const text = JSON.stringify(backup);
      const at = m.at % text.length;
      return m.cut ? text.slice(0, at) : text.slice(0, at) + m.insert + text.slice(at);
    }
  }
}

describe("reading a backup", () => {
  it("reads the export's shape whole", async () => {
    expect(await read(JSON.stringify(validBackup()))).toBe(12);
  });

  it("refuses values the app would not write, naming the table, row and field", async () => {
    const cases: [(b: ReturnType<typeof validBackup>) => void, object][] = [
      [(b) => (b.user.timeZone = "Mars/Olympus"), { table: "user", path: "timeZone" }],
      [(b) => (b.user.locale = "fr"), { table: "user", path: "locale" }],
      [(b) => (b.data.assets[0]!.mimeType = "text/html"), { table: "assets", path: "mimeType" }],
      [(b) => (b.data.assets[0]!.fileName = "../x.png"), { table: "assets", path: "fileName" }],
      [(b) => (b.data.assets[0]!.mimeType = "image/gif"), { table: "assets", path: "data" }],
      [(b) => (b.data.questions[0]!.stars = 4), { table: "questions", path: "stars" }],
      [(b) => (b.data.questions[0]!.version = 0), { table: "questions", path: "version" }],
      [(b) => (b.data.companies[0]!.version = 2 ** 31), { table: "companies", path: "version" }],
      [(b) => (b.data.applications[0]!.stage = "HIRED"), { table: "applications", path: "stage" }],
      [(b) => (b.data.prepTasks[0]!.title = "x".repeat(201)), { table: "prepTasks", path: "title" }],
      [(b) => (b.data.questions[0]!.extra = 1), { table: "questions", path: "extra" }],
    ];
    for (const [change, details] of cases) {
      const backup = validBackup();
      change(backup);
      await expect(read(JSON.stringify(backup))).rejects.toMatchObject({ code: "VALIDATION", messageKey: "import.errors.backupInvalid", details });
    }
  });

  it("refuses another format, a newer version, tables out of order and deep nesting", async () => {
    await expect(read('{"format":"x","version":1,"data":{}}')).rejects.toMatchObject({ messageKey: "import.errors.backupFormat" });
    await expect(read(JSON.stringify({ ...validBackup(), version: 2 }))).rejects.toMatchObject({ messageKey: "import.errors.backupVersion" });
    const { data, ...header } = validBackup();
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    await expect(read(JSON.stringify({ ...header, data: reversed }))).rejects.toMatchObject({ messageKey: "import.errors.backupFormat" });
    await expect(read(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).rejects.toMatchObject({ messageKey: "import.errors.backupFormat" });
  });

  it("refuses a string of millions of escapes before building it, and reads one of an answer's size", async () => {
    const withAnswer = (answerMd: string) => {
      const backup = validBackup();
      backup.data.questions[0]!.answerMd = answerMd;
      return JSON.stringify(backup);
    };
    const before = process.memoryUsage().heapUsed;
    await expect(read(withAnswer("a\n".repeat(2_500_000)))).rejects.toMatchObject({ code: "VALIDATION", messageKey: "import.errors.backupTooManyEscapes" });
    expect((process.memoryUsage().heapUsed - before) / 2 ** 20).toBeLessThan(150);
    await expect(read(withAnswer("第一行\n\t\"引号\"\\".repeat(10_000)))).resolves.toBe(12);
  });

  it("never fails otherwise on generated and mutated backups, in time linear in their size", { timeout: 120_000 }, async () => {
    let cases = 0;
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text = mutate(m);
        const started = performance.now();
        const outcome = await read(text).then(
          () => "read",
          (error: unknown) => error,
        );
        const ms = performance.now() - started;
        const kb = text.length / 1024;
        cases += 1;
        if (kb >= 16) slowest = Math.max(slowest, ms / kb);
        if (outcome !== "read") {
          expect(outcome).toBeInstanceOf(AppError);
          expect(["VALIDATION", "TOO_LARGE"]).toContain((outcome as AppError).code);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // A generous bound per KB plus a constant (first-call warm-up, a busy shared machine).
        expect(ms).toBeLessThan(250 + 2 * kb);
      }),
      { numRuns: 1500 },
    );
    console.log(`restore validator fuzz: ${cases} cases, slowest ${slowest.toFixed(3)} ms/KB (inputs of 16 KB and more)`);
  });
});
