import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { undoApplicationChange } from "@/lib/services/application-undo";
import {
  deleteApplication,
  deleteStageEvent,
  moveApplication,
  startApplication,
  updateStageEvent,
} from "@/lib/services/applications";
import { createCompany, restoreCompaniesTier, setCompaniesTier } from "@/lib/services/companies";
import type { TMoveCommandInput } from "@/lib/validation/applications";
import { createTestUser } from "@/tests/helpers/users";

const TZ = { timeZone: "Asia/Shanghai" };

type TRef = { id: string; version: number };

async function move(userId: string, application: TRef, command: TMoveCommandInput) {
  return moveApplication(userId, { applicationId: application.id, version: application.version, command }, TZ);
}

/** Everything stored about the company's applications and its derived keys, to compare before and after. */
async function stored(companyId: string) {
  return db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: {
      latestStage: true,
      latestOutcome: true,
      applications: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          role: true,
          stage: true,
          outcome: true,
          appliedAt: true,
          closedAt: true,
          notes: true,
          createdAt: true,
          events: { orderBy: { position: "asc" } },
        },
      },
    },
  });
}

/** A company with one application at 一面 (pending, scheduled in the future), after 投递 and 笔试. */
async function atInterview(name: string) {
  const user = await createTestUser();
  const { id: companyId } = await createCompany(user.id, { name, tier: "A" });
  let app: TRef = await startApplication(user.id, { companyId, role: "算法", command: { type: "advance", stage: "APPLIED" } }, TZ);
  app = await move(user.id, app, { type: "advance", stage: "WRITTEN_TEST", scheduledAt: "2026-03-01T19:00", link: "https://exam.example.test/x" });
  app = await move(user.id, app, { type: "advance", stage: "INTERVIEW", label: "一面", scheduledAt: "2099-04-08T10:00" });
  return { userId: user.id, companyId, app };
}

describe("undo of application moves", () => {
  const moves: [TMoveCommandInput, string][] = [
    [{ type: "markOffer" }, "OFFER"],
    [{ type: "markRejected" }, "REJECTED"],
    [{ type: "withdraw" }, "WITHDRAWN"],
    [{ type: "advance", stage: "INTERVIEW", label: "二面", scheduledAt: "2099-04-15T10:00" }, "ACTIVE"],
  ];
  for (const [command, outcome] of moves) {
    it(`${command.type} then undo restores the application and its steps exactly`, async () => {
      const { userId, companyId, app } = await atInterview(`公司-${command.type}`);
      const before = await stored(companyId);
      const moved = await move(userId, app, command);
      expect(moved.outcome).toBe(outcome);
      expect(moved.undo).toEqual(expect.any(String));
      expect(await stored(companyId)).not.toEqual(before);
      const undone = await undoApplicationChange(userId, moved.undo!);
      expect(undone.application).toMatchObject({ id: app.id, stage: "INTERVIEW", outcome: "ACTIVE", version: moved.version + 1 });
      expect(await stored(companyId)).toEqual(before);
    });
  }

  it("undoes an edit of a step's label, time, notes and link", async () => {
    const { userId, companyId, app } = await atInterview("携程");
    const before = await stored(companyId);
    const eventId = before.applications[0]!.events[1]!.id;
    const edited = await updateStageEvent(userId, { applicationId: app.id, version: app.version, eventId, label: "机试", scheduledAt: null, notes: "两道题", link: "", linkExpiresAt: null }, TZ);
    expect(edited.events[1]).toMatchObject({ label: "机试", scheduledAt: null, notes: "两道题", link: null });
    await undoApplicationChange(userId, edited.undo!);
    expect(await stored(companyId)).toEqual(before);
  });

  it("undoes a recorded result and a reopen", async () => {
    const { userId, companyId, app } = await atInterview("腾讯");
    const start = await stored(companyId);
    const passed = await move(userId, app, { type: "recordResult", eventId: start.applications[0]!.events[2]!.id, result: "PASSED" });
    await undoApplicationChange(userId, passed.undo!);
    expect(await stored(companyId)).toEqual(start);

    const rejected = await move(userId, { id: app.id, version: passed.version + 1 }, { type: "markRejected" });
    const closed = await stored(companyId);
    const reopened = await move(userId, rejected, { type: "reopen" });
    expect(reopened.outcome).toBe("ACTIVE");
    await undoApplicationChange(userId, reopened.undo!);
    expect(await stored(companyId)).toEqual(closed);
  });

  it("refuses an undo after a concurrent change, and changes nothing", async () => {
    const { userId, companyId, app } = await atInterview("美团");
    const offer = await move(userId, app, { type: "markOffer" });
    const withdrawn = await move(userId, offer, { type: "withdraw" });
    const now = await stored(companyId);
    await expect(undoApplicationChange(userId, offer.undo!)).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      messageKey: "companies.undoChange.conflict",
    });
    expect(await stored(companyId)).toEqual(now);
    // The later change can still be undone, then the earlier one.
    await undoApplicationChange(userId, withdrawn.undo!);
    await expect(undoApplicationChange(userId, offer.undo!)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
  });

  it("an undo works once: a second use is refused", async () => {
    const { userId, app } = await atInterview("小红书");
    const offer = await move(userId, app, { type: "markOffer" });
    await undoApplicationChange(userId, offer.undo!);
    await expect(undoApplicationChange(userId, offer.undo!)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
  });

  it("refuses a token that was edited or made up", async () => {
    const { userId, app } = await atInterview("网易");
    const offer = await move(userId, app, { type: "markOffer" });
    const [body, mac] = offer.undo!.split(".");
    const payload = JSON.parse(Buffer.from(body!, "base64url").toString("utf8"));
    payload.before.outcome = "OFFER";
    const forged = `${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${mac}`;
    for (const token of [forged, "x", `${body}.`, `${body}.${mac}.x`]) {
      await expect(undoApplicationChange(userId, token)).rejects.toMatchObject({ code: "VALIDATION", messageKey: "companies.undoChange.invalid" });
    }
  });
});

describe("deleting with undo", () => {
  it("deletes a step (state derived again) and restores it with its id", async () => {
    const { userId, companyId, app } = await atInterview("百度");
    // A step its calendar already saw move keeps that revision when it comes back.
    await db.stageEvent.updateMany({ where: { userId, stage: "INTERVIEW" }, data: { sequence: 3 } });
    const before = await stored(companyId);
    const interview = before.applications[0]!.events[2]!;
    expect(interview.sequence).toBe(3);
    const after = await deleteStageEvent(userId, { applicationId: app.id, version: app.version, eventId: interview.id });
    expect(after).toMatchObject({ stage: "WRITTEN_TEST", outcome: "ACTIVE" });
    expect(after.events.map((event) => event.id)).not.toContain(interview.id);
    await undoApplicationChange(userId, after.undo!);
    expect(await stored(companyId)).toEqual(before);
  });

  it("deletes a whole application and restores it, ids kept; a step edit meanwhile blocks the undo of the step delete", async () => {
    const { userId, companyId, app } = await atInterview("快手");
    const before = await stored(companyId);
    const deleted = await deleteApplication(userId, { applicationId: app.id, version: app.version });
    expect(await db.application.count({ where: { id: app.id } })).toBe(0);
    expect(await db.stageEvent.count({ where: { applicationId: app.id } })).toBe(0);
    expect((await stored(companyId)).latestStage).toBeNull();
    const undone = await undoApplicationChange(userId, deleted.undo);
    expect(await stored(companyId)).toEqual(before);
    await expect(undoApplicationChange(userId, deleted.undo)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });

    const restored = undone.application!;
    const eventId = restored.events[0]!.id;
    const removed = await deleteStageEvent(userId, { applicationId: app.id, version: restored.version, eventId });
    const kept = removed.events[0]!;
    await updateStageEvent(userId, { applicationId: app.id, version: removed.version, eventId: kept.id, label: "改过", scheduledAt: null, notes: "", link: "", linkExpiresAt: null }, TZ);
    const now = await stored(companyId);
    await expect(undoApplicationChange(userId, removed.undo!)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    expect(await stored(companyId)).toEqual(now);
  });

  it("refuses a delete's token replayed after undo, a change and another delete, once it is older than 10 minutes", async () => {
    const { userId, companyId, app } = await atInterview("京东");
    const issued = new Date();
    const at = (minutes: number) => ({ now: new Date(issued.getTime() + minutes * 60_000) });
    const deleted = await deleteApplication(userId, { applicationId: app.id, version: app.version }, at(0));
    const restored = (await undoApplicationChange(userId, deleted.undo, at(0.1))).application!;
    const offer = await moveApplication(userId, { applicationId: app.id, version: restored.version, command: { type: "markOffer" } }, { ...TZ, ...at(1) });
    await deleteApplication(userId, { applicationId: app.id, version: offer.version }, at(2));
    const gone = await stored(companyId);
    await expect(undoApplicationChange(userId, deleted.undo, at(11))).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "companies.undoChange.invalid",
    });
    expect(await stored(companyId)).toEqual(gone);
    expect(await db.application.count({ where: { id: app.id } })).toBe(0);
  });

  it("undoes starting an application (a board drop on 投递) by deleting it", async () => {
    const user = await createTestUser();
    const { id: companyId } = await createCompany(user.id, { name: "滴滴", tier: "B" });
    const before = await stored(companyId);
    const started = await startApplication(user.id, { companyId, role: "", command: { type: "advance", stage: "APPLIED" } }, TZ);
    const undone = await undoApplicationChange(user.id, started.undo!);
    expect(undone.application).toBeNull();
    expect(await stored(companyId)).toEqual(before);
  });
});

describe("another user's ids", () => {
  it("are NOT_FOUND for deleting and undoing, and nothing changes", async () => {
    const { userId, companyId, app } = await atInterview("字节跳动");
    const intruder = (await createTestUser("乙")).id;
    const offer = await move(userId, app, { type: "markOffer" });
    const before = await stored(companyId);
    const eventId = before.applications[0]!.events[0]!.id;
    const attempts = [
      () => deleteStageEvent(intruder, { applicationId: app.id, version: offer.version, eventId }),
      () => deleteApplication(intruder, { applicationId: app.id, version: offer.version }),
      () => undoApplicationChange(intruder, offer.undo!),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stored(companyId)).toEqual(before);
  });
});

describe("undo of a bulk tier", () => {
  it("gives each company its own previous tier back; refuses after a change meanwhile; another user's ids are NOT_FOUND", async () => {
    const { id: userId } = await createTestUser();
    const intruder = (await createTestUser("乙")).id;
    const companies = await Promise.all(
      ([["网易", null], ["快手", "C"], ["阿里", "S"]] as const).map(([name, tier]) => createCompany(userId, { name, tier })),
    );
    const ids = companies.map((company) => company.id);
    const tiers = async () => (await db.company.findMany({ where: { id: { in: ids } }, select: { name: true, tier: true }, orderBy: { name: "asc" } }));
    const before = await tiers();
    const previous = await setCompaniesTier(userId, ids, "A");
    expect((await tiers()).map((company) => company.tier)).toEqual(["A", "A", "A"]);
    await expect(restoreCompaniesTier(intruder, "A", previous)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreCompaniesTier(userId, "B", previous)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    expect(await restoreCompaniesTier(userId, "A", previous)).toBe(3);
    expect(await tiers()).toEqual(before);

    const again = await setCompaniesTier(userId, ids, "B");
    await setCompaniesTier(userId, [ids[0]!], "S");
    await expect(restoreCompaniesTier(userId, "B", again)).rejects.toMatchObject({ code: "VERSION_CONFLICT", messageKey: "companies.undoChange.tierConflict" });
    expect((await tiers()).map((company) => company.tier).sort()).toEqual(["B", "B", "S"]);
  });
});
