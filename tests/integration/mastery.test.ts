import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Mastery } from "@/lib/generated/prisma/enums";
import { readMigrationFiles, runMigrations } from "@/lib/migrations/run";
import { exportBackup } from "@/lib/services/export-backup";
import { createSet, listSets } from "@/lib/services/questions";
import { createQuestion, getQuestion, listSetQuestionPage, setMastery } from "@/lib/services/questions-items";
import { restoreBackup } from "@/lib/services/restore";
import { reviewCard, undoLastRating } from "@/lib/services/review";
import { createTestUser } from "@/tests/helpers/users";

// Mastery has one truth, the review card: the bank's manual mastery is a rating of the card,
// reviews move the mastery shown, and the mastery set by hand before cards became card state.

const T0 = new Date("2026-06-01T02:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

describe("mastery from the card", () => {
  let userId: string;
  let setId: string;
  let ids: string[];

  beforeAll(async () => {
    userId = (await createTestUser()).id;
    setId = (await createSet(userId, { title: "掌握" })).id;
    ids = [];
    for (const n of [1, 2, 3]) ids.push((await createQuestion(userId, { setId, title: `题 ${n}`, answerMd: "答", stars: 0 })).id);
  });

  it("maps the manual mastery onto the card, each choice showing as chosen", async () => {
    const [q] = ids;
    expect((await getQuestion(userId, q!)).status).toBe(Mastery.NEW);
    expect((await setMastery(userId, { questionId: q!, status: "KNOWN" }, T0)).status).toBe(Mastery.KNOWN);
    expect(await getQuestion(userId, q!)).toMatchObject({ status: Mastery.KNOWN, reviewedAt: T0 });
    expect((await setMastery(userId, { questionId: q!, status: "LEARNING" }, days(0.01))).status).toBe(Mastery.LEARNING);
    expect((await setMastery(userId, { questionId: q!, status: "KNOWN" }, days(0.02))).status).toBe(Mastery.KNOWN);
    expect((await setMastery(userId, { questionId: q!, status: "NEW" }, days(0.03))).status).toBe(Mastery.NEW);
    expect(await db.reviewLog.count({ where: { userId, questionId: q!, source: "MANUAL" } })).toBe(4);
  });

  it("follows reviews: a first Good is learning, a memory that lasts a week is known, undo goes back", async () => {
    const q = ids[1]!;
    await reviewCard(userId, q, 3, T0);
    expect((await getQuestion(userId, q)).status).toBe(Mastery.LEARNING);
    await reviewCard(userId, q, 3, days(3));
    await reviewCard(userId, q, 3, days(12));
    expect((await getQuestion(userId, q)).status).toBe(Mastery.KNOWN);
    const page = await listSetQuestionPage(userId, setId, { mastery: Mastery.KNOWN });
    expect(page.questions.map((row) => row.id)).toContain(q);
    const set = (await listSets(userId)).find((row) => row.id === setId);
    expect(set).toMatchObject({ known: 1 });
    await undoLastRating(userId);
    await undoLastRating(userId);
    expect((await getQuestion(userId, q)).status).toBe(Mastery.LEARNING);
  });

  it("restores an older backup's mastery as cards", async () => {
    const user = await createTestUser();
    const set = await createSet(user.id, { title: "旧备份" });
    const known = (await createQuestion(user.id, { setId: set.id, title: "会", answerMd: "答", stars: 0 })).id;
    const learning = (await createQuestion(user.id, { setId: set.id, title: "学", answerMd: "答", stars: 0 })).id;
    const backup = JSON.parse(await new Response(await exportBackup(user.id)).text());
    const { reviewCards, reviewLogs, ...rest } = backup.data;
    expect([reviewCards, reviewLogs]).toEqual([[], []]);
    const importRuns = rest.importRuns;
    delete rest.importRuns;
    delete rest.assets;
    const older = {
      ...backup,
      data: {
        ...rest,
        questionProgress: [
          { userId: user.id, questionId: known, status: "KNOWN", reviewedAt: T0.toISOString() },
          { userId: user.id, questionId: learning, status: "LEARNING", reviewedAt: null },
        ],
        importRuns,
        assets: [],
      },
    };
    await db.questionSet.deleteMany({ where: { userId: user.id } });
    await restoreBackup(user.id, Readable.from([JSON.stringify(older)]));
    expect((await getQuestion(user.id, known)).status).toBe(Mastery.KNOWN);
    expect((await getQuestion(user.id, known)).reviewedAt).toEqual(T0);
    expect((await getQuestion(user.id, learning)).status).toBe(Mastery.LEARNING);
  });
});

describe("the migration mastery_from_cards", () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => admin.connect());
  afterAll(() => admin.end());

  it("turns the mastery set by hand into card state, shown as the same mastery", async () => {
    const name = `mastery_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const files = await readMigrationFiles();
    const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-mastery-"));
    for (const file of files.filter((f) => f.name < "20261206041000")) {
      await mkdir(path.join(dir, file.name));
      await writeFile(path.join(dir, file.name, "migration.sql"), file.sql);
    }
    await runMigrations(url.toString(), { dir });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('u', 'u@example.test', 'u', 'x', now())`);
      await client.query(`INSERT INTO "QuestionSet" (id, "userId", title, slug, "updatedAt") VALUES ('s', 'u', 's', 's', now())`);
      for (const [id, placeholder] of [["k", false], ["l", false], ["n", false], ["p", true]] as const) {
        await client.query(`INSERT INTO "Question" (id, "userId", "setId", position, title, "contentHash", placeholder, "updatedAt") VALUES ($1, 'u', 's', 0, $1, $1, $2, now())`, [id, placeholder]);
      }
      await client.query(`INSERT INTO "QuestionProgress" ("userId", "questionId", status, "reviewedAt") VALUES
        ('u', 'k', 'KNOWN', '2026-05-01T00:00:00Z'), ('u', 'l', 'LEARNING', NULL), ('u', 'n', 'NEW', NULL), ('u', 'p', 'KNOWN', NULL)`);
      await runMigrations(url.toString());
      const { rows } = await client.query<{ questionId: string; due: Date; state: string; stability: number }>(
        `SELECT "questionId", due, state, stability FROM "ReviewCard" ORDER BY "questionId"`,
      );
      expect(rows.map((row) => [row.questionId, row.state])).toEqual([["k", "REVIEW"], ["l", "REVIEW"]]);
      expect(rows[0]!.due).toEqual(new Date("2026-05-09T00:00:00Z"));
      expect(rows[0]!.stability).toBeGreaterThanOrEqual(7);
      expect(rows[1]!.stability).toBeLessThan(7);
      const tables = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'QuestionProgress'`);
      expect(tables.rowCount).toBe(0);
    } finally {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
