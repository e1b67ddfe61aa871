import { Readable } from "node:stream";

import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { applyImport } from "@/lib/services/import";
import { exportBackup as exportBackupStream, type TBackup } from "@/lib/services/export-backup";
import { recordEncounters } from "@/lib/services/encounters";
import { exportApplicationsCsv, exportSetsMarkdown } from "@/lib/services/export-text";
import { UploadedImages } from "@/lib/assets/uploaded-images";
import { getAsset, saveAssets } from "@/lib/services/import-assets";
import { restoreBackup } from "@/lib/services/restore";
import { reviewCard } from "@/lib/services/review";
import { createTestUser } from "@/tests/helpers/users";

import { fixtureText, notesInput, rowCounts } from "./import-helpers";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const input = notesInput(fixtureText());
/** The streamed backup, read whole. */
const exportBackup = async (userId: string) => JSON.parse(await new Response(await exportBackupStream(userId)).text()) as TBackup;
/** A backup as the bytes of its JSON file, streamed. */
const file = (backup: unknown) => Readable.from([JSON.stringify(backup)]);

const CALENDAR_SETTINGS = { lengths: { ASSESSMENT: 45, WRITTEN_TEST: 150, INTERVIEW: 50 }, bufferMinutes: 20 };

/** A user with the notes imported plus rows only the app makes: tasks, links, progress, an image, preferences. */
async function richUser() {
  const user = await createTestUser();
  await applyImport(user.id, input);
  const company = await db.company.findFirstOrThrow({ where: { userId: user.id, name: "美团" }, select: { id: true } });
  const set = await db.questionSet.findFirstOrThrow({ where: { userId: user.id, slug: "transformer" }, select: { id: true } });
  const question = await db.question.findFirstOrThrow({ where: { userId: user.id, setId: set.id }, select: { id: true } });
  await db.companySet.create({ data: { userId: user.id, companyId: company.id, setId: set.id } });
  await db.prepTask.create({ data: { userId: user.id, companyId: company.id, title: "反问", done: true, doneAt: new Date("2026-04-02T01:02:03.456Z") } });
  await reviewCard(user.id, question.id, 3, new Date("2026-04-01T01:00:00Z"));
  await reviewCard(user.id, question.id, 1, new Date("2026-04-04T01:00:00Z"));
  await db.user.update({ where: { id: user.id }, data: { timeZone: "Europe/Berlin", preferences: { companiesTable: { density: "compact", hidden: ["revival"] }, calendar: CALENDAR_SETTINGS, review: { requestRetention: 0.85, maximumInterval: 365 } } } });
  await saveAssets(user.id, [{ name: "1740404861907.png", bytes: PNG }]);
  const event = await db.stageEvent.findFirstOrThrow({ where: { userId: user.id, application: { companyId: company.id } }, select: { id: true } });
  await recordEncounters(user.id, { companyId: company.id, eventId: event.id, round: "一面", day: null, setId: null, items: [{ questionId: question.id, answeredWell: false }, { title: "手撕：LRU", answeredWell: true }] }, "Asia/Shanghai");
  return user;
}

async function wipe(userId: string) {
  await db.company.deleteMany({ where: { userId } });
  await db.questionSet.deleteMany({ where: { userId } });
  await db.importRun.deleteMany({ where: { userId } });
  await db.asset.deleteMany({ where: { userId } });
}

const withoutStamp = (backup: TBackup) => ({ ...backup, exportedAt: "" });

describe("JSON backup", { timeout: 120_000 }, () => {
  it("restores into the emptied account field by field", async () => {
    const user = await richUser();
    const backup = await exportBackup(user.id);
    expect(backup.data.assets[0]).toMatchObject({ fileName: "1740404861907.png", data: Buffer.from(PNG).toString("base64") });
    await wipe(user.id);
    await db.user.update({ where: { id: user.id }, data: { timeZone: "Asia/Shanghai", preferences: {} } });

    expect(backup.data.encounters.map((row) => row.round)).toEqual(["一面", "一面"]);
    const { restored } = await restoreBackup(user.id, file(backup));
    expect(restored).toBe(Object.values(backup.data).reduce((n, rows) => n + rows.length, 0));
    const again = await exportBackup(user.id);
    expect(withoutStamp(again)).toEqual(withoutStamp(backup));
    expect(again.user.preferences).toEqual({ companiesTable: { density: "compact", hidden: ["revival"] }, calendar: CALENDAR_SETTINGS, review: { requestRetention: 0.85, maximumInterval: 365 } });
    expect((await getAsset(user.id, "1740404861907.png")).data).toEqual(PNG);
  });

  it("restores a backup made before events carried a calendar sequence", async () => {
    const user = await richUser();
    const backup = await exportBackup(user.id);
    expect(backup.data.stageEvents.length).toBeGreaterThan(0);
    const older = { ...backup, data: { ...backup.data, stageEvents: backup.data.stageEvents.map((event) => Object.fromEntries(Object.entries(event).filter(([key]) => key !== "sequence"))) } };
    await wipe(user.id);
    await restoreBackup(user.id, file(older));
    expect(await db.stageEvent.count({ where: { userId: user.id, sequence: 0 } })).toBe(backup.data.stageEvents.length);
  });

  it("refuses an account that has data, another account's backup, a newer format or garbage, writing nothing", async () => {
    const user = await richUser();
    const backup = await exportBackup(user.id);
    const counts = await rowCounts(user.id);
    await expect(restoreBackup(user.id, file(backup))).rejects.toMatchObject({ messageKey: "import.errors.notEmpty" });
    expect(await rowCounts(user.id)).toEqual(counts);

    const other = await createTestUser();
    await expect(restoreBackup(other.id, file(backup))).rejects.toMatchObject({ messageKey: "import.errors.backupOwner" });
    await expect(restoreBackup(other.id, file({ ...backup, version: 99 }))).rejects.toMatchObject({ messageKey: "import.errors.backupVersion" });
    await expect(restoreBackup(other.id, file({ hello: "world" }))).rejects.toMatchObject({ messageKey: "import.errors.backupFormat" });
    expect(await rowCounts(other.id)).toMatchObject({ companies: 0, sets: 0, importRuns: 0 });
  });

  it("refuses a backup whose rows do not fit the schema or point at another account's rows", async () => {
    const user = await createTestUser();
    const stranger = await createTestUser();
    const theirs = await db.company.create({ data: { userId: stranger.id, name: "别人的", normalizedName: "别人的" }, select: { id: true } });
    const backup = await exportBackup(user.id);
    const now = new Date().toISOString();
    const application = { userId: user.id, id: "a1", companyId: theirs.id, role: "", stage: "APPLIED", outcome: "ACTIVE", appliedAt: null, closedAt: null, notes: "", version: 1, createdAt: now, updatedAt: now };
    const linked = structuredClone(backup);
    linked.data.applications.push(application);
    await expect(restoreBackup(user.id, file(linked))).rejects.toMatchObject({ messageKey: "import.errors.backupFormat" });
    const missing = structuredClone(backup);
    missing.data.applications.push({ ...application, companyId: "missing" });
    await expect(restoreBackup(user.id, file(missing))).rejects.toMatchObject({ messageKey: "import.errors.backupFormat" });
    backup.data.companies.push({ userId: user.id, id: "c1", name: "A", normalizedName: "a" });
    await expect(restoreBackup(user.id, file(backup))).rejects.toMatchObject({
      messageKey: "import.errors.backupInvalid",
      details: { table: "companies", row: 1, path: "aliases" },
    });
    expect(await rowCounts(user.id)).toMatchObject({ companies: 0, applications: 0 });
  });

});

describe("Markdown and CSV exports", { timeout: 120_000 }, () => {
  it("Markdown of the sets imports back into a fresh account as the same sets and questions", async () => {
    const a = await createTestUser();
    await applyImport(a.id, input);
    const markdown = await exportSetsMarkdown(a.id);
    const b = await createTestUser();
    const report = await applyImport(b.id, notesInput(markdown, "sets.md"));
    expect(report.warnings).toEqual([]);
    const setsOf = (userId: string) =>
      db.questionSet.findMany({
        where: { userId },
        orderBy: { sortOrder: "asc" },
        select: {
          title: true, slug: true, kind: true, notes: true, sortOrder: true,
          questions: { orderBy: { position: "asc" }, select: { position: true, number: true, title: true, answerMd: true, stars: true, placeholder: true, contentHash: true } },
        },
      });
    const [original, roundTrip] = [await setsOf(a.id), await setsOf(b.id)];
    expect(roundTrip).toEqual(original);
    expect(await exportSetsMarkdown(b.id)).toBe(markdown);
  });

  it("CSV opens in Excel: BOM, CRLF, Chinese headers, a row per application and per company without one", async () => {
    const user = await createTestUser();
    const report = await applyImport(user.id, input);
    const csv = await exportApplicationsCsv(user.id);
    expect(csv.startsWith("\ufeff公司,分级,分级清单顺序,复活甲,阶段,结果,下一场,岗位,投递时间,结束时间,流程,备注,归档时间\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    const withoutApplication = await db.company.count({ where: { userId: user.id, applications: { none: {} } } });
    expect(lines).toHaveLength(1 + report.created.applications + withoutApplication);
    expect(lines).toContain("雪梦科技,未分级,,,面试,挂,,,,,面试 挂,,");
    expect(lines.find((l) => l.startsWith("Qualcomm,"))).toContain("笔试(2026-04-01 19:00)");
  });
});

describe("note images", { timeout: 60_000 }, () => {
  it("are served by file name to their owner only; another user's name is NOT_FOUND", async () => {
    const [a, b] = [await createTestUser(), await createTestUser()];
    expect(await saveAssets(a.id, [{ name: "assets/x.png", bytes: PNG }, { name: "evil.png", bytes: new TextEncoder().encode("<svg/>") }])).toEqual({ saved: 1, skipped: 1 });
    expect((await getAsset(a.id, "x.png")).mimeType).toBe("image/png");
    await expect(getAsset(b.id, "x.png")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAsset(a.id, "evil.png")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads the images of a .zip of the assets folder", async () => {
    const zip = zipSync({ "assets/1.png": PNG, "assets/readme.txt": new TextEncoder().encode("hi"), "__MACOSX/assets/._1.png": new Uint8Array([1]) });
    const uploaded = new UploadedImages();
    await uploaded.addZip(Readable.from([zip]));
    expect(uploaded.images.map((i) => i.name)).toEqual(["1.png"]);
    expect(uploaded.skipped).toBe(2);
    await expect(new UploadedImages().addZip(Readable.from([new Uint8Array([1, 2, 3])]))).rejects.toMatchObject({ messageKey: "import.errors.zip" });
  });});
