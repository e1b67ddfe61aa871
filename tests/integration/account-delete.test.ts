import { describe, expect, it } from "vitest";

import { createSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { applyImport } from "@/lib/services/import";
import { saveAssets } from "@/lib/services/import-assets";
import { rotateCalendarFeed } from "@/lib/services/calendar-feed";
import { recordEncounters } from "@/lib/services/encounters";
import { linkSet } from "@/lib/services/prep-links";
import { startPrepTasks } from "@/lib/services/prep-tasks";
import { setMastery } from "@/lib/services/questions-items";
import { reviewCard } from "@/lib/services/review";
import { changeEmail, deleteAccount } from "@/lib/services/users";
import { createTestUser, TEST_PASSWORD, type TTestUser } from "@/tests/helpers/users";

import { fixtureText, notesInput } from "./import-helpers";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const input = notesInput(fixtureText());
/** Tables whose rows belong to no user's id: the users themselves, guess counts (keyed by email or address), migrations. */
const WITHOUT_USER_ID = ["RateLimit", "User", "_prisma_migrations"];

/** A user with a row in every table: the real notes and their images imported, then what only the app makes. */
async function userWithEverything(): Promise<TTestUser> {
  const user = await createTestUser();
  await applyImport(user.id, input);
  await saveAssets(user.id, [{ name: "1740404861907.png", bytes: PNG }, { name: "1725971502838.png", bytes: PNG }]);
  const company = await db.company.findFirstOrThrow({ where: { userId: user.id, name: "美团" }, select: { id: true } });
  const set = await db.questionSet.findFirstOrThrow({ where: { userId: user.id, slug: "transformer" }, select: { id: true } });
  const question = await db.question.findFirstOrThrow({ where: { userId: user.id, setId: set.id }, select: { id: true } });
  await linkSet(user.id, { companyId: company.id, setId: set.id });
  await startPrepTasks(user.id, company.id, "zh");
  await setMastery(user.id, { questionId: question.id, status: "KNOWN" });
  await reviewCard(user.id, question.id, 3);
  await createSession(user.id);
  await db.reminderChannel.create({ data: { userId: user.id, preset: "GENERIC", url: "https://example.test/hook" } });
  await db.reminderEmail.create({ data: { userId: user.id, address: "inbox@example.test", confirmedAt: new Date() } });
  const event = await db.stageEvent.findFirstOrThrow({ where: { userId: user.id, scheduledAt: { not: null } }, select: { id: true, scheduledAt: true } });
  await db.sentReminder.create({ data: { userId: user.id, eventId: event.id, kind: "hour-before", scheduledAt: event.scheduledAt! } });
  await rotateCalendarFeed(user.id);
  await recordEncounters(user.id, { companyId: company.id, eventId: null, round: "二面", day: "2026-04-01", setId: null, items: [{ questionId: question.id, answeredWell: false }, { title: "手撕：反转链表", answeredWell: true }] }, "Asia/Shanghai");
  // An event whose time is cleared stays in the calendar feed as cancelled.
  await db.stageEvent.update({ where: { id: event.id }, data: { scheduledAt: null } });
  // A wrong password leaves a guess count under the account's email.
  await expect(changeEmail(user, { email: "x@example.test", currentPassword: "wrong-guess-1" }, null)).rejects.toMatchObject({ code: "VALIDATION" });
  return user;
}

async function userIdTables(): Promise<string[]> {
  const rows = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'userId' ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

async function allTables(): Promise<string[]> {
  const rows = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

/** Rows of the user in every table: each table with a userId column, their User row and their guess counts. */
async function rowsOf(user: TTestUser, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    // Table names come from information_schema, quoted as identifiers.
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}" WHERE "userId" = $1`, user.id);
    counts[table] = Number(row!.n);
  }
  counts.User = await db.user.count({ where: { id: user.id } });
  counts.RateLimit = await db.rateLimit.count({ where: { key: { endsWith: `:${user.email}` } } });
  return counts;
}

describe("deleting an account", { timeout: 120_000 }, () => {
  it("removes every row of the user from every table, and no row of another user", async () => {
    const tables = await userIdTables();
    // Every table either carries userId or is one of the few known not to: a new table without it fails here.
    expect((await allTables()).filter((table) => !tables.includes(table))).toEqual(WITHOUT_USER_ID);

    const [gone, kept] = [await userWithEverything(), await userWithEverything()];
    const before = await rowsOf(gone, tables);
    // The data really is of every kind: a row in each table, the notes' volume in the big ones.
    for (const [table, count] of Object.entries(before)) expect(count, table).toBeGreaterThan(0);
    expect(before.Question).toBeGreaterThan(100);
    const keptBefore = await rowsOf(kept, tables);

    await deleteAccount(gone, TEST_PASSWORD, null);

    const after = await rowsOf(gone, tables);
    expect(after).toEqual(Object.fromEntries(Object.keys(before).map((table) => [table, 0])));
    expect(await rowsOf(kept, tables)).toEqual(keptBefore);
  });

  it("takes the password, not the email shown on the page, as the confirmation", async () => {
    const user = await createTestUser();
    await expect(deleteAccount(user, user.email, null)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    await deleteAccount(user, TEST_PASSWORD, null);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  });

  it("refuses a wrong confirmation under its field and deletes nothing", async () => {
    const user = await createTestUser();
    await applyImport(user.id, input);
    const questions = await db.question.count({ where: { userId: user.id } });
    // A password is checked as typed: with a space around, it is not the password.
    await expect(deleteAccount(user, ` ${TEST_PASSWORD}`, null)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(deleteAccount(user, "not-it-1", null)).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "validation.deleteConfirmationWrong",
      details: { field: "confirmation" },
    });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await db.question.count({ where: { userId: user.id } })).toBe(questions);
  });
});
