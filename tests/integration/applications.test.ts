import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { moveApplication, startApplication, updateStageEvent } from "@/lib/services/applications";
import { listBoard } from "@/lib/services/board";
import {
  archiveCompanies,
  createCompany,
  getCompanyDetail,
  restoreCompanies,
  setCompaniesTier,
  updateCompany,
} from "@/lib/services/companies";
import { listCompanyTable } from "@/lib/services/companies-table";
import type { TMoveCommandInput } from "@/lib/validation/applications";
import { ZCompanyTableQuery } from "@/lib/validation/companies";
import { createTestUser } from "@/tests/helpers/users";

const TZ = { timeZone: "Asia/Shanghai" };

async function move(userId: string, application: { id: string; version: number }, command: TMoveCommandInput) {
  return moveApplication(userId, { applicationId: application.id, version: application.version, command }, TZ);
}

describe("application moves", () => {
  it("walks 投递 → 笔试 (dated, with its link) → 面试 → 挂, then a 复活甲 application", async () => {
    const { id: userId } = await createTestUser();
    const { id: companyId } = await createCompany(userId, { name: "阿里巴巴", tier: "S" });
    let app = await startApplication(userId, { companyId, role: "算法", command: { type: "advance", stage: "APPLIED" } }, TZ);
    expect(app).toMatchObject({ stage: "APPLIED", outcome: "ACTIVE", version: 2 });
    app = await move(userId, app, {
      type: "advance",
      stage: "WRITTEN_TEST",
      scheduledAt: "2099-04-01T19:00",
      link: "https://exam.example.test/abc",
      linkExpiresAt: "2099-04-01T21:00",
    });
    expect(app.events.at(-1)).toMatchObject({
      stage: "WRITTEN_TEST",
      result: "PENDING",
      link: "https://exam.example.test/abc",
      scheduledAt: new Date("2099-04-01T11:00:00Z"),
      linkExpiresAt: new Date("2099-04-01T13:00:00Z"),
    });
    app = await move(userId, app, { type: "advance", stage: "INTERVIEW", label: "一面", scheduledAt: "2099-04-08T10:00" });
    expect(app.events.map((event) => event.result)).toEqual(["PASSED", "PASSED", "PENDING"]);
    const board = await listBoard(userId);
    expect(board.cards.find((card) => card.applicationId === app.id)).toMatchObject({ column: "INTERVIEW", nextEvent: { label: "一面" } });

    app = await move(userId, app, { type: "markRejected" });
    expect(app).toMatchObject({ stage: "INTERVIEW", outcome: "REJECTED" });
    await expect(startApplication(userId, { companyId, role: "算法" }, TZ)).rejects.toMatchObject({
      code: "FORBIDDEN_MOVE",
      messageKey: "companies.newApplication.REJECTED_NO_REVIVAL",
    });
    const revived = await startApplication(userId, { companyId, role: "算法", useRevival: true }, TZ);
    expect(revived).toMatchObject({ stage: "TO_APPLY", outcome: "ACTIVE" });
    const detail = await getCompanyDetail(userId, companyId);
    expect(detail.revival).toBe(true);
    expect(detail.applications.map((application) => application.outcome)).toEqual(["REJECTED", "ACTIVE"]);
  });

  it("refuses a disallowed move with the stage machine's message key", async () => {
    const { id: userId } = await createTestUser();
    const { id: companyId } = await createCompany(userId, { name: "华为", tier: "A" });
    const app = await startApplication(userId, { companyId, role: "" }, TZ);
    await expect(move(userId, app, { type: "markRejected" })).rejects.toMatchObject({
      code: "FORBIDDEN_MOVE",
      messageKey: "companies.moves.NOT_APPLIED",
    });
    const applied = await move(userId, app, { type: "advance", stage: "INTERVIEW" });
    await expect(move(userId, applied, { type: "advance", stage: "APPLIED" })).rejects.toMatchObject({
      messageKey: "companies.moves.BACKWARD",
    });
  });

  it("refuses a stale save with VERSION_CONFLICT and the fresh data, writing nothing", async () => {
    const { id: userId } = await createTestUser();
    const { id: companyId } = await createCompany(userId, { name: "京东", tier: "B" });
    const loaded = await startApplication(userId, { companyId, role: "", command: { type: "advance", stage: "APPLIED" } }, TZ);
    const otherTab = await move(userId, loaded, { type: "advance", stage: "ASSESSMENT" });
    const stale = move(userId, loaded, { type: "withdraw" });
    await expect(stale).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { application: expect.objectContaining({ stage: "ASSESSMENT", version: otherTab.version }) },
    });
    const row = await db.application.findUniqueOrThrow({ where: { id: loaded.id }, select: { outcome: true, version: true } });
    expect(row).toEqual({ outcome: "ACTIVE", version: otherTab.version });
    const event = otherTab.events.at(-1)!;
    await expect(
      updateStageEvent(userId, { applicationId: loaded.id, version: loaded.version, eventId: event.id, label: "x", scheduledAt: null, notes: "", link: "", linkExpiresAt: null }, TZ),
    ).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    const edited = await updateStageEvent(
      userId,
      { applicationId: loaded.id, version: otherTab.version, eventId: event.id, label: "性格测评", scheduledAt: "2099-05-01T09:30", notes: "记得带身份证", link: "", linkExpiresAt: null },
      TZ,
    );
    expect(edited.events.at(-1)).toMatchObject({ label: "性格测评", notes: "记得带身份证", scheduledAt: new Date("2099-05-01T01:30:00Z") });
  });
});

describe("two users", () => {
  let owner: string;
  let intruder: string;
  let companyId: string;
  let application: { id: string; version: number; events: { id: string }[] };

  beforeAll(async () => {
    owner = (await createTestUser("甲")).id;
    intruder = (await createTestUser("乙")).id;
    companyId = (await createCompany(owner, { name: "拼多多", tier: "A" })).id;
    application = await startApplication(owner, { companyId, role: "", command: { type: "advance", stage: "APPLIED" } }, TZ);
  });

  async function snapshot() {
    return db.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { name: true, tier: true, archivedAt: true, version: true, revival: true, applications: { select: { stage: true, outcome: true, version: true, events: { select: { label: true, result: true } } } } },
    });
  }

  it("gets NOT_FOUND for every read and write with the other user's ids, and nothing changes", async () => {
    const before = await snapshot();
    const eventId = application.events[0]!.id;
    const attempts = [
      () => getCompanyDetail(intruder, companyId),
      () => updateCompany(intruder, { id: companyId, version: before.version, name: "偷改" }),
      () => setCompaniesTier(intruder, [companyId], "S"),
      () => archiveCompanies(intruder, [companyId]),
      () => restoreCompanies(intruder, [companyId]),
      () => startApplication(intruder, { companyId, role: "x" }, TZ),
      () => move(intruder, application, { type: "advance", stage: "INTERVIEW" }),
      () => move(intruder, application, { type: "withdraw" }),
      () => move(intruder, application, { type: "recordResult", eventId, result: "FAILED" }),
      () => updateStageEvent(intruder, { applicationId: application.id, version: application.version, eventId, label: "x", scheduledAt: null, notes: "", link: "", linkExpiresAt: null }, TZ),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });

  it("a bulk action mixing own and foreign ids changes nothing", async () => {
    const mine = await createCompany(intruder, { name: "小米", tier: "C" });
    await expect(setCompaniesTier(intruder, [mine.id, companyId], "S")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.company.findUniqueOrThrow({ where: { id: mine.id }, select: { tier: true } })).tier).toBe("C");
  });

  it("lists only the user's own companies and cards", async () => {
    const table = await listCompanyTable(intruder, ZCompanyTableQuery.parse({}));
    expect(table.rows.map((row) => row.name)).toEqual(["小米"]);
    const board = await listBoard(intruder);
    expect(board.cards.map((card) => card.name)).toEqual(["小米"]);
    expect(board.cards[0]).toMatchObject({ column: "TO_APPLY", applicationId: null });
  });
});
