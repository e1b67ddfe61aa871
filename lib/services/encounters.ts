// What was actually asked: the questions of an interview logged as encounters (picked from the
// bank or typed in), undone, deleted, and read back per company and per question. Every
// statement is scoped by userId; another user's ids are NOT_FOUND.
import "server-only";

import { db, transaction, type TTx } from "@/lib/db";
import { zonedToUtc } from "@/lib/dates/zone";
import { ASKED_STAGES, planEncounters } from "@/lib/encounters/plan";
import { AppError, assertUserId } from "@/lib/errors";
import { ReviewSource, type Stage } from "@/lib/generated/prisma/enums";
import { questionContentHash } from "@/lib/notes/question-title";
import { AGAIN } from "@/lib/review/scheduler";
import { enumArraySql, limitSql } from "@/lib/services/list-sql";
import { insertSet } from "@/lib/services/questions";
import { rateCard, takeBackRatings } from "@/lib/services/review";
import type { TRecordEncountersInput } from "@/lib/validation/encounters";

/** The set typed questions go to unless the person picks another; made when first needed. */
export const MIANJING_SET_TITLE = "面经";
const MIANJING_SLUG = "mianjing";

/**
 * A question answered badly at an interview is to be reviewed again soon. The one place that
 * says so: its card is rated Again at the logging's time (source ENCOUNTER), so it falls due the
 * next day. A question without an answer yet is no card: it joins review once answered.
 */
async function scheduleAnsweredBadly(tx: TTx, userId: string, questionIds: string[], now: Date): Promise<void> {
  const cards = await tx.question.findMany({ where: { userId, id: { in: questionIds }, placeholder: false }, select: { id: true } });
  for (const { id } of cards) await rateCard(tx, userId, id, AGAIN, now, ReviewSource.ENCOUNTER);
}

/** The set typed questions go to: the chosen one (the user's), or 面经, made if missing. */
async function targetSet(tx: TTx, userId: string, setId: string | null): Promise<string> {
  if (setId) {
    const set = await tx.questionSet.findFirst({ where: { id: setId, userId }, select: { id: true } });
    if (!set) throw new AppError("NOT_FOUND");
    return set.id;
  }
  const found = await tx.questionSet.findFirst({ where: { userId, title: MIANJING_SET_TITLE }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  return found?.id ?? (await insertSet(tx, userId, MIANJING_SET_TITLE, MIANJING_SLUG)).id;
}

/** When and at which round: the step's (its label unless one is typed), or the day given. */
async function interviewOf(tx: TTx, userId: string, input: TRecordEncountersInput, timeZone: string, now: Date) {
  if (input.eventId) {
    const event = await tx.stageEvent.findFirst({
      where: { id: input.eventId, userId, application: { companyId: input.companyId, userId } },
      select: { id: true, label: true, scheduledAt: true, happenedAt: true },
    });
    if (!event) throw new AppError("NOT_FOUND");
    return { eventId: event.id, round: input.round || event.label.trim(), askedAt: event.scheduledAt ?? event.happenedAt ?? now };
  }
  if (!input.day) throw new AppError("VALIDATION", "encounters.validation.whenRequired", { field: "day" });
  return { eventId: null, round: input.round, askedAt: zonedToUtc(`${input.day}T00:00`, timeZone) };
}

type TRecorded = { encounterIds: string[]; questionIds: string[]; askedAt: Date; round: string };

/**
 * Logs the questions asked at one interview, in one transaction: each picked question (the
 * user's) or typed title (a new placeholder question in the chosen set, 面经 by default) gets an
 * encounter, after any logged for that interview before. Returns what undo needs.
 */
export async function recordEncounters(userId: string, input: TRecordEncountersInput, timeZone: string, now = new Date()): Promise<TRecorded> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const company = await tx.company.findFirst({ where: { id: input.companyId, userId }, select: { id: true } });
    if (!company) throw new AppError("NOT_FOUND");
    const { eventId, round, askedAt } = await interviewOf(tx, userId, input, timeZone, now);
    const picked = [...new Set(input.items.flatMap((item) => ("questionId" in item ? [item.questionId] : [])))];
    if ((await tx.question.count({ where: { userId, id: { in: picked } } })) !== picked.length) throw new AppError("NOT_FOUND");
    const before = await tx.encounter.aggregate({ where: { userId, companyId: company.id, round, askedAt }, _max: { position: true } });
    const plan = planEncounters(input.items, (before._max.position ?? -1) + 1);
    const typed = plan.filter((item) => item.kind === "new");
    const questionIds: string[] = [];
    if (typed.length > 0) {
      const setId = await targetSet(tx, userId, input.setId);
      const last = await tx.question.aggregate({ where: { userId, setId }, _max: { position: true } });
      const made = await tx.question.createManyAndReturn({
        data: typed.map((item, index) => ({
          userId,
          setId,
          title: item.title,
          placeholder: true,
          position: (last._max.position ?? -1) + 1 + index,
          contentHash: questionContentHash({ title: item.title, answerMd: "", stars: 0, placeholder: true }),
        })),
        select: { id: true },
      });
      questionIds.push(...made.map((row) => row.id));
    }
    let next = 0;
    const rows = plan.map((item) => ({
      userId,
      companyId: company.id,
      eventId,
      round,
      askedAt,
      answeredWell: item.answeredWell,
      position: item.position,
      questionId: item.kind === "existing" ? item.questionId : questionIds[next++]!,
      createdAt: now,
    }));
    const written = await tx.encounter.createManyAndReturn({ data: rows, select: { id: true } });
    await scheduleAnsweredBadly(tx, userId, [...new Set(rows.filter((row) => !row.answeredWell).map((row) => row.questionId))], now);
    return { encounterIds: written.map((row) => row.id), questionIds, askedAt, round };
  });
}

/** Undoes one logging: its encounters go, and the questions it typed in unless something else logged them since. */
export async function undoEncounters(userId: string, input: { encounterIds: string[]; questionIds: string[] }): Promise<void> {
  assertUserId(userId);
  await transaction(userId, async (tx) => {
    const undone = await tx.encounter.findMany({ where: { userId, id: { in: input.encounterIds } }, select: { questionId: true, answeredWell: true, createdAt: true } });
    const { count } = await tx.encounter.deleteMany({ where: { userId, id: { in: input.encounterIds } } });
    if (count === 0) throw new AppError("NOT_FOUND");
    const badly = undone.filter((row) => !row.answeredWell);
    if (badly.length > 0) await takeBackRatings(tx, userId, badly.map((row) => row.questionId), ReviewSource.ENCOUNTER, badly[0]!.createdAt);
    await tx.question.deleteMany({ where: { userId, id: { in: input.questionIds }, placeholder: true, encounters: { none: {} } } });
  });
}

/** Deletes one encounter (the question stays in the bank). */
export async function deleteEncounter(userId: string, encounterId: string): Promise<void> {
  assertUserId(userId);
  const { count } = await transaction(userId, (tx) => tx.encounter.deleteMany({ where: { id: encounterId, userId } }));
  if (count === 0) throw new AppError("NOT_FOUND");
}

type TAskedQuestion = { id: string; questionId: string; setId: string; title: string; answeredWell: boolean };
type TInterviewAsked = { round: string; askedAt: Date; eventId: string | null; questions: TAskedQuestion[] };

/** Encounters a company page lists at most. */
const COMPANY_LIMIT = 500;

/** The questions asked at a company, by interview (latest first), each interview's in the order asked. */
export async function listCompanyEncounters(userId: string, companyId: string): Promise<TInterviewAsked[]> {
  assertUserId(userId);
  const rows = await db.encounter.findMany({
    where: { userId, companyId },
    orderBy: [{ askedAt: "desc" }, { round: "asc" }, { position: "asc" }, { id: "asc" }],
    take: COMPANY_LIMIT,
    select: { id: true, round: true, askedAt: true, eventId: true, answeredWell: true, question: { select: { id: true, setId: true, title: true } } },
  });
  const interviews: TInterviewAsked[] = [];
  for (const row of rows) {
    let last = interviews.at(-1);
    if (!last || last.round !== row.round || last.askedAt.getTime() !== row.askedAt.getTime()) {
      last = { round: row.round, askedAt: row.askedAt, eventId: row.eventId, questions: [] };
      interviews.push(last);
    }
    last.questions.push({ id: row.id, questionId: row.question.id, setId: row.question.setId, title: row.question.title, answeredWell: row.answeredWell });
  }
  return interviews;
}

/** Where one question was asked: how often, and the latest times (company, round, date). */
export async function getQuestionAsked(userId: string, questionId: string) {
  assertUserId(userId);
  const [count, latest] = await Promise.all([
    db.encounter.count({ where: { userId, questionId } }),
    db.encounter.findMany({
      where: { userId, questionId },
      orderBy: [{ askedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: { id: true, round: true, askedAt: true, answeredWell: true, company: { select: { id: true, name: true } } },
    }),
  ]);
  return { count, latest };
}

/** The steps of a company one can log questions for (笔试, 面试), latest first. */
export async function listAskedSteps(userId: string, companyId: string) {
  assertUserId(userId);
  return db.stageEvent.findMany({
    where: { userId, stage: { in: [...ASKED_STAGES] }, application: { companyId, userId } },
    orderBy: [{ scheduledAt: { sort: "desc", nulls: "last" } }, { position: "desc" }],
    select: { id: true, stage: true, label: true, scheduledAt: true, happenedAt: true },
  });
}

/** How long after an interview the dashboard still asks for its questions, and how many it lists. */
const DEBRIEF_DAYS = 14;
const DEBRIEF_LIMIT = 5;

type TDebriefPrompt = { eventId: string; stage: Stage; label: string; at: Date; companyId: string; companyName: string };

/**
 * 复盘: the 笔试/面试 steps whose time passed in the last DEBRIEF_DAYS days with no question
 * logged for them yet, at companies not archived, the latest first; one statement, which walks
 * the (userId, scheduledAt, id) index backwards in its own order and stops at the last one shown.
 */
export async function listDebriefPrompts(userId: string, now: Date): Promise<TDebriefPrompt[]> {
  assertUserId(userId);
  const since = new Date(now.getTime() - DEBRIEF_DAYS * 86_400_000);
  return db.$queryRaw<TDebriefPrompt[]>`
    SELECT e.id AS "eventId", e.stage, e.label, e."scheduledAt" AS at, c.id AS "companyId", c.name AS "companyName"
    FROM "StageEvent" e
    JOIN "Application" a ON a.id = e."applicationId" AND a."userId" = ${userId}
    JOIN "Company" c ON c.id = a."companyId" AND c."userId" = ${userId} AND c."archivedAt" IS NULL
    WHERE e."userId" = ${userId} AND e."scheduledAt" > ${since} AND e."scheduledAt" <= ${now}
      AND e.stage = ANY(${enumArraySql(ASKED_STAGES, "Stage")})
      AND NOT EXISTS (SELECT 1 FROM "Encounter" x WHERE x."userId" = ${userId} AND x."eventId" = e.id)
    ORDER BY e."scheduledAt" DESC, e.id DESC
    LIMIT ${limitSql(DEBRIEF_LIMIT)}`;
}
