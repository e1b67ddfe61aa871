import { Readable } from "node:stream";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { KNOWN_STABILITY_DAYS } from "@/lib/review/scheduler";
import { recordEncounters, undoEncounters } from "@/lib/services/encounters";
import { mergeQuestions } from "@/lib/services/encounters-hot";
import { exportBackup } from "@/lib/services/export-backup";
import { applyImport } from "@/lib/services/import";
import { createSet, deleteSet, listSets } from "@/lib/services/questions";
import { createQuestion, deleteQuestion, reorderQuestions, setMastery, setStars, updateQuestion } from "@/lib/services/questions-items";
import { restoreBackup } from "@/lib/services/restore";
import { reviewCard, undoLastRating } from "@/lib/services/review";
import { deleteAccount, registerUser } from "@/lib/services/users";
import { unlessRefused } from "@/tests/helpers/refusals";
import { createTestUser, TEST_PASSWORD } from "@/tests/helpers/users";

import { fixtureText, notesInput } from "./import-helpers";

// "SetCount" (each set's questions, starred, placeholders, known and learning: what the set list,
// the companies table, the board and 准备下一场 read) must equal what the questions and their
// review cards say after any sequence of writes: random sequences through the services, an
// import of the real notes, a restore and an account deletion, each compared with a
// recomputation from scratch. Known and learning are recomputed here from the cards with
// KNOWN_STABILITY_DAYS, so the database's rule (card_mastery) cannot drift from it unnoticed.
// The links counted per set ("linked") have their own test, set-links.test.ts.

type TCounts = { questions: number; starred: number; placeholders: number; known: number; learning: number };

async function keptAndRecomputed(userId: string) {
  const sets = await db.questionSet.findMany({
    where: { userId },
    select: { id: true, questions: { select: { stars: true, placeholder: true, reviewCard: { where: { userId }, select: { state: true, stability: true } } } } },
    orderBy: { id: "asc" },
  });
  const recomputed: Record<string, TCounts> = {};
  for (const set of sets) {
    const counts = { questions: 0, starred: 0, placeholders: 0, known: 0, learning: 0 };
    for (const question of set.questions) {
      const card = question.reviewCard[0];
      counts.questions += 1;
      if (question.stars > 0) counts.starred += 1;
      if (question.placeholder) counts.placeholders += 1;
      if (card && card.state !== "NEW") {
        if (card.stability >= KNOWN_STABILITY_DAYS) counts.known += 1;
        else counts.learning += 1;
      }
    }
    recomputed[set.id] = counts;
  }
  const rows = await db.setCount.findMany({ where: { userId }, omit: { userId: true, linked: true } });
  const kept = Object.fromEntries(rows.map(({ setId, ...counts }) => [setId, counts]));
  return { kept, recomputed };
}

/** Compares the kept counts with the recomputed ones; returns the kept ones summed over the sets. */
async function expectKept(userId: string): Promise<TCounts> {
  const { kept, recomputed } = await keptAndRecomputed(userId);
  expect(kept).toEqual(recomputed);
  const sum = { questions: 0, starred: 0, placeholders: 0, known: 0, learning: 0 };
  for (const counts of Object.values(kept)) for (const key of Object.keys(sum) as (keyof TCounts)[]) sum[key] += counts[key];
  return sum;
}

type TOp =
  | { kind: "set" }
  | { kind: "dropSet"; set: number }
  | { kind: "question"; set: number; answered: boolean; stars: number }
  | { kind: "edit"; question: number; answered: boolean }
  | { kind: "stars"; question: number; stars: number }
  | { kind: "move"; question: number; set: number }
  | { kind: "reorder"; set: number }
  | { kind: "delete"; question: number }
  | { kind: "rate"; question: number; rating: 1 | 2 | 3 | 4 }
  | { kind: "undo" }
  | { kind: "mastery"; question: number; status: "NEW" | "LEARNING" | "KNOWN" }
  | { kind: "merge"; keep: number; drop: number }
  | { kind: "interview"; question: number; answeredWell: boolean; typed: boolean; undo: boolean };

const op: fc.Arbitrary<TOp> = fc.oneof(
  { arbitrary: fc.constant({ kind: "set" as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("dropSet" as const), set: fc.nat(9) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("question" as const), set: fc.nat(9), answered: fc.boolean(), stars: fc.nat(3) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant("edit" as const), question: fc.nat(99), answered: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("stars" as const), question: fc.nat(99), stars: fc.nat(3) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("move" as const), question: fc.nat(99), set: fc.nat(9) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("reorder" as const), set: fc.nat(9) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("delete" as const), question: fc.nat(99) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("rate" as const), question: fc.nat(99), rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const) }), weight: 5 },
  { arbitrary: fc.constant({ kind: "undo" as const }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("mastery" as const), question: fc.nat(99), status: fc.constantFrom("NEW" as const, "LEARNING" as const, "KNOWN" as const) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("merge" as const), keep: fc.nat(99), drop: fc.nat(99) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("interview" as const), question: fc.nat(99), answeredWell: fc.boolean(), typed: fc.boolean(), undo: fc.boolean() }),
    weight: 2,
  },
);

/** A company with one 面试 step, for logging the questions asked there. */
async function interviewOf(userId: string) {
  const company = await db.company.create({ data: { userId, name: "面试公司", normalizedName: "面试公司" }, select: { id: true } });
  const application = await db.application.create({ data: { userId, companyId: company.id, stage: "INTERVIEW" }, select: { id: true } });
  const event = await db.stageEvent.create({
    data: { userId, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "一面", scheduledAt: new Date("2026-05-20T06:00:00Z") },
    select: { id: true },
  });
  return { companyId: company.id, eventId: event.id };
}

/** Runs one step through the services; true when a write landed (not skipped, not refused). */
async function run(userId: string, step: TOp, clock: { now: Date }, interview: { companyId: string; eventId: string }): Promise<boolean> {
  const sets = await db.questionSet.findMany({ where: { userId }, select: { id: true }, orderBy: { id: "asc" } });
  const questions = await db.question.findMany({ where: { userId }, select: { id: true, setId: true, title: true, version: true }, orderBy: { id: "asc" } });
  const set = (index: number) => sets[index % Math.max(1, sets.length)];
  const question = (index: number) => questions[index % Math.max(1, questions.length)];
  // Days pass between steps, so ratings reach stabilities on both sides of KNOWN_STABILITY_DAYS.
  clock.now = new Date(clock.now.getTime() + 3 * 86_400_000);
  return unlessRefused(async () => {
    switch (step.kind) {
      case "set":
        await createSet(userId, { title: `题库${sets.length}` });
        return true;
      case "dropSet":
        if (!set(step.set)) return false;
        await deleteSet(userId, set(step.set)!.id);
        return true;
      case "question":
        if (!set(step.set)) return false;
        await createQuestion(userId, { setId: set(step.set)!.id, title: `题${questions.length}`, answerMd: step.answered ? "答案" : "", stars: step.stars });
        return true;
      case "reorder": {
        const target = set(step.set);
        const ids = questions.filter((q) => q.setId === target?.id).map((q) => q.id).reverse();
        if (!target || ids.length === 0) return false;
        await reorderQuestions(userId, { setId: target.id, ids });
        return true;
      }
      case "undo":
        await undoLastRating(userId);
        return true;
      case "interview": {
        // An interview's logging rates the picked question's card and may type a new placeholder
        // question (in 面经); its undo takes both back.
        const picked = question(step.question);
        const items = [
          ...(picked ? [{ questionId: picked.id, answeredWell: step.answeredWell }] : []),
          ...(step.typed ? [{ title: `面经题${questions.length}`, answeredWell: step.answeredWell }] : []),
        ];
        if (items.length === 0) return false;
        const recorded = await recordEncounters(userId, { ...interview, round: "", day: null, setId: null, items }, "Asia/Shanghai", clock.now);
        if (step.undo) await undoEncounters(userId, { encounterIds: recorded.encounterIds, questionIds: recorded.questionIds });
        return true;
      }
      case "merge": {
        const [keep, drop] = [question(step.keep), question(step.drop)];
        if (!keep || !drop || keep.id === drop.id) return false;
        await mergeQuestions(userId, { keepId: keep.id, dropId: drop.id });
        return true;
      }
    }
    const target = question(step.question);
    if (!target) return false;
    if (step.kind === "edit") await updateQuestion(userId, { questionId: target.id, title: target.title, answerMd: step.answered ? "答案" : "  ", version: target.version });
    else if (step.kind === "stars") await setStars(userId, { questionId: target.id, stars: step.stars });
    else if (step.kind === "delete") await deleteQuestion(userId, target.id);
    else if (step.kind === "rate") await reviewCard(userId, target.id, step.rating, clock.now);
    else if (step.kind === "mastery") await setMastery(userId, { questionId: target.id, status: step.status }, clock.now);
    else {
      // No screen moves a question between sets yet; a script or a future screen writes the row.
      if (!set(step.set)) return false;
      await db.question.updateMany({ where: { userId, id: target.id }, data: { setId: set(step.set)!.id } });
    }
    return true;
  });
}

describe("the counts kept per set (SetCount)", { timeout: 300_000 }, () => {
  it("equal a recomputation from the questions and cards after random sequences of writes", async () => {
    const user = await createTestUser("集");
    const clock = { now: new Date("2026-06-01T02:00:00Z") };
    const interview = await interviewOf(user.id);
    for (const title of ["算法", "八股"]) await createSet(user.id, { title });
    const landed = new Map<string, number>();
    const seen = { questions: 0, starred: 0, placeholders: 0, known: 0, learning: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 20 }), async (steps) => {
        for (const step of steps) if (await run(user.id, step, clock, interview)) landed.set(step.kind, (landed.get(step.kind) ?? 0) + 1);
        const sum = await expectKept(user.id);
        for (const key of Object.keys(seen) as (keyof TCounts)[]) seen[key] = Math.max(seen[key], sum[key]);
      }),
      { numRuns: 40, seed: 20261207 },
    );
    // Every kind of write landed, and the counts reached both known and learning cards.
    expect([...landed.keys()].sort()).toEqual(["delete", "dropSet", "edit", "interview", "mastery", "merge", "move", "question", "rate", "reorder", "set", "stars", "undo"]);
    expect(Math.min(...Object.values(seen))).toBeGreaterThan(0);
  });

  it("equal a recomputation after an import of the real notes, and after its backup is restored", async () => {
    const user = await createTestUser("导入集");
    await applyImport(user.id, notesInput(fixtureText()));
    const questions = await db.question.findMany({ where: { userId: user.id, placeholder: false }, select: { id: true }, orderBy: { id: "asc" }, take: 40 });
    for (const [index, { id }] of questions.entries()) await setMastery(user.id, { questionId: id, status: index % 3 === 0 ? "LEARNING" : "KNOWN" });
    await expectKept(user.id);
    const sets = await listSets(user.id);
    expect(sets.length).toBeGreaterThan(3);
    expect(sets.reduce((sum, set) => sum + set.known, 0)).toBeGreaterThan(20);

    // The account moves: exported, deleted, signed up again with the same email, restored.
    const backup = await new Response(await exportBackup(user.id)).text();
    await db.user.delete({ where: { id: user.id } });
    const again = await registerUser({ email: user.email, password: TEST_PASSWORD, name: user.name });
    await restoreBackup(again.id, Readable.from([backup]));
    await expectKept(again.id);
    const restored = await listSets(again.id);
    const summary = (list: typeof sets) => list.map(({ title, questions: n, starred, placeholders, known, learning }) => ({ title, n, starred, placeholders, known, learning }));
    expect(summary(restored)).toEqual(summary(sets));
  });

  it("go with the account: deleting a user with sets, questions and cards fails nowhere and leaves others' counts alone", async () => {
    const [gone, kept] = [await createTestUser("删集"), await createTestUser("留集")];
    for (const user of [gone, kept]) {
      const { id: setId } = await createSet(user.id, { title: "算法" });
      for (let n = 0; n < 6; n += 1) {
        const { id } = await createQuestion(user.id, { setId, title: `题${n}`, answerMd: "答", stars: n % 2 });
        await setMastery(user.id, { questionId: id, status: n % 3 === 0 ? "LEARNING" : "KNOWN" });
      }
    }
    const keptBefore = await keptAndRecomputed(kept.id);
    await deleteAccount(gone, TEST_PASSWORD, null);
    expect(await db.setCount.count({ where: { userId: gone.id } })).toBe(0);
    expect(await keptAndRecomputed(kept.id)).toEqual(keptBefore);
    expect(Object.values(keptBefore.kept)).toEqual([{ questions: 6, starred: 3, placeholders: 0, known: 4, learning: 2 }]);
  });

  it("use the database's mastery rule at KNOWN_STABILITY_DAYS exactly", async () => {
    const rows = await db.$queryRaw<{ below: string; at: string; fresh: string; none: string }[]>`
      SELECT card_mastery('REVIEW', ${KNOWN_STABILITY_DAYS - 0.001}::float8)::text AS below,
             card_mastery('REVIEW', ${KNOWN_STABILITY_DAYS}::float8)::text AS at,
             card_mastery('NEW', ${KNOWN_STABILITY_DAYS * 2}::float8)::text AS fresh,
             card_mastery(NULL, NULL)::text AS none`;
    expect(rows[0]).toEqual({ below: "LEARNING", at: "KNOWN", fresh: "NEW", none: "NEW" });
  });
});
