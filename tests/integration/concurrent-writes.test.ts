import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { moveApplication, startApplication, updateStageEvent } from "@/lib/services/applications";
import { archiveCompanies, createCompany, restoreCompanies, saveTablePreferences, setCompaniesTier, updateCompany } from "@/lib/services/companies";
import { applyImport } from "@/lib/services/import";
import { linkSet, linkSetToCompanies, unlinkSet, unlinkSetFromCompanies } from "@/lib/services/prep-links";
import { createTask, deleteTask, updateTask } from "@/lib/services/prep-tasks";
import { createSet, renameSet, reorderSets } from "@/lib/services/questions";
import { createQuestion, reorderQuestions, setMastery, setStars, updateQuestion } from "@/lib/services/questions-items";
import { createTestUser } from "@/tests/helpers/users";

import { fixtureText, notesInput } from "./import-helpers";

// Writes of every kind for one user, many at once, through the services: each write locks the
// user's row first (lib/db.ts transaction()), so none of them deadlocks or fails. The mix is made
// so that every write must succeed: no two writes of a round undo each other, and each edit
// checked against a version (VERSION_CONFLICT otherwise) edits a row no other write changes.

const context = { timeZone: "Asia/Shanghai" };
const ROUNDS = 12;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function deadlocks(): Promise<number> {
  // Statistics reach the shared view once a session has been idle for a second (PGSTAT_MIN_INTERVAL).
  await pause(2_000);
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`;
  return row!.n;
}

/** What one round writes against: rows of its own where a write would undo another one's. */
async function setUp(userId: string) {
  const company = async (name: string) => (await createCompany(userId, { name, tier: "B", confirmNear: true })).id;
  const companies = [];
  for (let index = 0; index < 8; index++) companies.push(await company(`锁序公司${index}`));
  const applications = [];
  for (const companyId of companies.slice(0, 6)) {
    const started = await startApplication(userId, { companyId, role: "后端", command: { type: "advance", stage: "APPLIED" } }, context);
    applications.push(started.id);
  }
  const [set, fixed, linked] = [await createSet(userId, { title: "并发题集" }), await createSet(userId, { title: "固定题集" }), await createSet(userId, { title: "关联题集" })];
  const questions = [];
  for (let index = 0; index < 4; index++) {
    questions.push((await createQuestion(userId, { setId: set.id, title: `题目${index}`, answerMd: `答${index}`, stars: 0 })).id);
  }
  const fixedQuestions = [];
  for (let index = 0; index < 3; index++) {
    fixedQuestions.push((await createQuestion(userId, { setId: fixed.id, title: `排序题${index}`, answerMd: "", stars: 0 })).id);
  }
  const task = (await createTask(userId, { companyId: companies[0]!, title: "刷题", dueDate: null })).id;
  const perRound = [];
  for (let round = 0; round < ROUNDS; round++) {
    const startAt = await company(`待投递公司${round}`);
    const doomedTask = (await createTask(userId, { companyId: companies[1]!, title: `删除${round}`, dueDate: null })).id;
    await linkSet(userId, { companyId: startAt, setId: linked.id });
    perRound.push({ startAt, doomedTask });
  }
  return { companies, applications, set: set.id, fixed: fixed.id, linked: linked.id, questions, fixedQuestions, task, perRound };
}

type TSetUp = Awaited<ReturnType<typeof setUp>>;
type TWrite = { kind: string; run: () => Promise<unknown> };

async function versionOf(table: "company" | "application" | "question", id: string): Promise<number> {
  const delegate = db[table] as unknown as { findUniqueOrThrow(args: object): Promise<{ version: number }> };
  return (await delegate.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

/** One round's writes; `round` picks the rows and values so each write's answer is known. */
function writesOf(userId: string, s: TSetUp, round: number, notes: string): TWrite[] {
  const { companies, applications, questions } = s;
  const own = s.perRound[round]!;
  return [
    { kind: "company create", run: () => createCompany(userId, { name: `新公司${round}`, tier: "A", confirmNear: true }) },
    {
      kind: "company edit",
      run: async () => updateCompany(userId, { id: companies[7]!, version: await versionOf("company", companies[7]!), notes: `第${round}轮` }),
    },
    { kind: "bulk tier", run: () => setCompaniesTier(userId, companies.slice(0, 6), round % 2 ? "A" : "C") },
    { kind: "bulk tier", run: () => setCompaniesTier(userId, [...companies.slice(0, 6)].reverse(), "B") },
    { kind: "archive", run: () => archiveCompanies(userId, [companies[6]!]) },
    { kind: "restore", run: () => restoreCompanies(userId, companies.slice(0, 6)) },
    { kind: "application start", run: () => startApplication(userId, { companyId: own.startAt, role: "算法" }, context) },
    // Four moves and a step edit, each of its own application: each also rewrites its company's
    // keys, rows the bulk tier change, the archive and the restore lock too.
    ...applications.slice(0, 4).map((applicationId) => ({
      kind: "application move",
      run: async () => {
        const command = { type: "advance" as const, stage: "INTERVIEW" as const, scheduledAt: `2026-05-${round + 10}T10:00` };
        return moveApplication(userId, { applicationId, version: await versionOf("application", applicationId), command }, context);
      },
    })),
    {
      kind: "step edit",
      run: async () => {
        const application = await db.application.findUniqueOrThrow({ where: { id: applications[5]! }, select: { version: true, events: { select: { id: true } } } });
        const step = { label: `投递${round}`, scheduledAt: null, notes: "", link: "", linkExpiresAt: null };
        return updateStageEvent(userId, { applicationId: applications[5]!, version: application.version, eventId: application.events[0]!.id, ...step }, context);
      },
    },
    { kind: "question create", run: () => createQuestion(userId, { setId: s.set, title: `新题${round}`, answerMd: "", stars: 1 }) },
    {
      kind: "question edit",
      run: async () => updateQuestion(userId, { questionId: questions[0]!, title: `改题${round}`, answerMd: "答", version: await versionOf("question", questions[0]!) }),
    },
    { kind: "stars", run: () => setStars(userId, { questionId: questions[1]!, stars: round % 4 }) },
    { kind: "mastery", run: () => setMastery(userId, { questionId: questions[2]!, status: round % 2 ? "KNOWN" : "LEARNING" }) },
    { kind: "question reorder", run: () => reorderQuestions(userId, { setId: s.fixed, ids: round % 2 ? [...s.fixedQuestions].reverse() : s.fixedQuestions }) },
    { kind: "set create", run: () => createSet(userId, { title: `新题集${round}` }) },
    { kind: "set rename", run: () => renameSet(userId, { setId: s.linked, title: `关联题集${round}` }) },
    { kind: "set reorder", run: () => reorderSets(userId, { ids: round % 2 ? [s.fixed, s.set, s.linked] : [s.linked, s.set, s.fixed] }) },
    { kind: "task create", run: () => createTask(userId, { companyId: companies[2]!, title: `准备${round}`, dueDate: "2026-06-01" }) },
    { kind: "task tick", run: () => updateTask(userId, { taskId: s.task, done: round % 2 === 0 }) },
    { kind: "task delete", run: () => deleteTask(userId, own.doomedTask) },
    { kind: "link", run: () => linkSet(userId, { companyId: companies[(round + 1) % companies.length]!, setId: s.set }) },
    { kind: "unlink", run: () => unlinkSet(userId, { companyId: own.startAt, setId: s.linked }) },
    { kind: "bulk link", run: () => linkSetToCompanies(userId, { setId: s.fixed, ids: companies }) },
    { kind: "bulk unlink", run: () => unlinkSetFromCompanies(userId, { setId: s.fixed, ids: companies.slice(0, 3) }) },
    { kind: "preferences", run: () => saveTablePreferences(userId, { density: round % 2 ? "compact" : "comfortable", hidden: [] }) },
    { kind: "import", run: () => applyImport(userId, notesInput(notes)) },
  ];
}

describe("concurrent writes of every kind for one user", () => {
  it("all land and none deadlocks", async () => {
    const userId = (await createTestUser()).id;
    const setup = await setUp(userId);
    const notes = fixtureText();
    const before = await deadlocks();
    const failures: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const writes = writesOf(userId, setup, round, notes);
      // Started a few milliseconds apart, so that writes meet at every point of each other's work.
      const results = await Promise.allSettled(writes.map(async (write, index) => (await pause((index * 7 + round * 5) % 30), write.run())));
      results.forEach((result, index) => {
        if (result.status === "fulfilled") return;
        const error = result.reason as unknown;
        const reason = error instanceof AppError ? error.code : error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
        failures.push(`${writes[index]!.kind}: ${reason}`);
      });
    }

    expect(failures).toEqual([]);
    expect(await deadlocks()).toBe(before);
    // Every round's writes are all there.
    expect(await db.company.count({ where: { userId, name: { startsWith: "新公司" } } })).toBe(ROUNDS);
    expect(await db.question.count({ where: { userId, setId: setup.set } })).toBe(4 + ROUNDS);
    expect(await db.prepTask.count({ where: { userId, id: { in: setup.perRound.map((round) => round.doomedTask) } } })).toBe(0);
    expect(await db.application.count({ where: { userId, companyId: { in: setup.perRound.map((round) => round.startAt) } } })).toBe(ROUNDS);
    expect(await db.importRun.count({ where: { userId } })).toBe(1);
  }, 120_000);
});
