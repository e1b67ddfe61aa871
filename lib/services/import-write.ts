import "server-only";

import { randomUUID } from "node:crypto";

import type { TTx } from "@/lib/db";
import { buildCompanySearchText } from "@/lib/search/company-text";
import { refreshCompanyKeys } from "@/lib/services/company-keys";
import type { TApplicationState } from "@/lib/applications/types";
import type { TCompanyRef, TImportPlan, TNewEvent } from "@/lib/notes/plan-import";

const bump = { version: { increment: 1 } } as const;

async function writeCompanies(tx: TTx, userId: string, plan: TImportPlan): Promise<Map<string, string>> {
  const creates = plan.companies.flatMap((op) =>
    op.kind === "create" ? [{ ...op.data, id: randomUUID(), searchText: buildCompanySearchText(op.data.name, op.data.aliases) }] : [],
  );
  if (creates.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Company" ("id", "userId", "name", "normalizedName", "aliases", "tier", "notes", "revival", "noOpening", "tierListOrder", "searchText", "updatedAt")
      SELECT r.id, ${userId}, r.name, r."normalizedName", ARRAY(SELECT jsonb_array_elements_text(r.aliases)), r.tier::"Tier",
             r.notes, r.revival, r."noOpening", r."tierListOrder", r."searchText", now()
      FROM jsonb_to_recordset(${JSON.stringify(creates)}::jsonb) AS r(id text, name text, "normalizedName" text, aliases jsonb,
           tier text, notes text, revival boolean, "noOpening" boolean, "tierListOrder" int, "searchText" text)`;
  }
  for (const op of plan.companies) {
    if (op.kind !== "update") continue;
    const searchText = op.data.aliases ? { searchText: buildCompanySearchText(op.name, op.data.aliases) } : {};
    await tx.company.updateMany({ where: { id: op.id, userId }, data: { ...op.data, ...searchText, ...bump } });
  }
  return new Map(creates.map((c) => [c.normalizedName, c.id]));
}

/** Returns the content hash of every question the file's questions are now (id → hash). */
async function writeSets(tx: TTx, userId: string, plan: TImportPlan): Promise<Record<string, string>> {
  const creates = plan.sets.flatMap((op) => (op.kind === "create" ? [op] : []));
  const rows = creates.length > 0
    ? await tx.questionSet.createManyAndReturn({ data: creates.map((op) => ({ ...op.data, userId })), select: { id: true, slug: true } })
    : [];
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const questions = creates.flatMap((op) => {
    const setId = idBySlug.get(op.data.slug);
    return setId ? op.questions.map((q) => ({ ...q, setId })) : [];
  });
  const hashes: Record<string, string> = {};
  for (const op of plan.sets) {
    if (op.kind === "create") continue;
    Object.assign(hashes, op.importedHashes);
    if (op.kind === "update") await tx.questionSet.updateMany({ where: { id: op.id, userId }, data: op.data });
    questions.push(...op.createQuestions.map((q) => ({ ...q, setId: op.id })));
    for (const q of op.updateQuestions) await tx.question.updateMany({ where: { id: q.id, userId }, data: { ...q.data, ...bump } });
  }
  if (questions.length > 0) {
    const rows = questions.map((q) => ({ ...q, id: randomUUID() }));
    for (const q of rows) hashes[q.id] = q.contentHash;
    await tx.$executeRaw`
      INSERT INTO "Question" ("id", "userId", "setId", "position", "number", "title", "answerMd", "stars", "placeholder", "contentHash", "updatedAt")
      SELECT r.id, ${userId}, r."setId", r.position, r.number, r.title, r."answerMd", r.stars, r.placeholder, r."contentHash", now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, "setId" text, position int, number text, title text,
           "answerMd" text, stars int, placeholder boolean, "contentHash" text)`;
  }
  return hashes;
}

async function writeApplications(tx: TTx, userId: string, plan: TImportPlan, newCompanyIds: Map<string, string>): Promise<void> {
  const companyIdOf = (ref: TCompanyRef) => ref.id ?? newCompanyIds.get(ref.key) ?? null;
  const rows: ({ id: string; companyId: string } & TApplicationState)[] = [];
  const events: (TNewEvent & { applicationId: string })[] = [];
  for (const op of plan.applications) {
    if (op.kind === "create") {
      const companyId = companyIdOf(op.company);
      if (!companyId) throw new Error("import: application of a company the plan did not create");
      const id = randomUUID();
      rows.push({ id, companyId, ...op.state });
      events.push(...op.events.map((e) => ({ ...e, applicationId: id })));
    } else if (op.kind === "update") {
      await tx.application.updateMany({ where: { id: op.id, userId }, data: { ...op.state, ...bump } });
      for (const e of op.updateEvents) await tx.stageEvent.updateMany({ where: { id: e.id, userId }, data: e.data });
      events.push(...op.createEvents.map((e) => ({ ...e, applicationId: op.id })));
    }
  }
  if (rows.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Application" ("id", "userId", "companyId", "stage", "outcome", "appliedAt", "closedAt", "updatedAt")
      SELECT r.id, ${userId}, r."companyId", r.stage::"Stage", r.outcome::"Outcome", r."appliedAt", r."closedAt", now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, "companyId" text, stage text, outcome text,
           "appliedAt" timestamptz, "closedAt" timestamptz)`;
  }
  if (events.length > 0) {
    const data = events.map((e) => ({ ...e, id: randomUUID() }));
    await tx.$executeRaw`
      INSERT INTO "StageEvent" ("id", "userId", "applicationId", "position", "stage", "label", "scheduledAt", "happenedAt", "result", "notes")
      SELECT r.id, ${userId}, r."applicationId", r.position, r.stage::"Stage", r.label, r."scheduledAt", r."happenedAt",
             r.result::"EventResult", r.notes
      FROM jsonb_to_recordset(${JSON.stringify(data)}::jsonb) AS r(id text, "applicationId" text, position int, stage text,
           label text, "scheduledAt" timestamptz, "happenedAt" timestamptz, result text, notes text)`;
  }
}

/**
 * Writes a plan inside the caller's transaction: new rows go in as ONE INSERT per table (a JSON
 * recordset: Prisma's createMany costs about 1 ms per row here, which broke the 1 s budget), changed
 * rows get one scoped update each. Every statement carries userId; ids in the plan came from this
 * user's rows.
 */
export async function writeImportPlan(tx: TTx, userId: string, plan: TImportPlan): Promise<Record<string, string>> {
  const newCompanyIds = await writeCompanies(tx, userId, plan);
  await writeApplications(tx, userId, plan, newCompanyIds);
  await refreshCompanyKeys(tx, userId, "all");
  return writeSets(tx, userId, plan);
}
