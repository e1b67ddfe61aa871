import { randomUUID } from "node:crypto";

import type { TTx } from "@/lib/db";
import type { TApplicationState, TCompanyRef, TImportPlan, TNewEvent } from "@/lib/notes/plan-import";

const bump = { version: { increment: 1 } } as const;

async function writeCompanies(tx: TTx, userId: string, plan: TImportPlan): Promise<Map<string, string>> {
  const creates = plan.companies.flatMap((op) => (op.kind === "create" ? [{ ...op.data, userId }] : []));
  const rows = creates.length > 0
    ? await tx.company.createManyAndReturn({ data: creates, select: { id: true, normalizedName: true } })
    : [];
  for (const op of plan.companies) {
    if (op.kind === "update") await tx.company.updateMany({ where: { id: op.id, userId }, data: { ...op.data, ...bump } });
  }
  return new Map(rows.map((r) => [r.normalizedName, r.id]));
}

async function writeSets(tx: TTx, userId: string, plan: TImportPlan): Promise<void> {
  const creates = plan.sets.flatMap((op) => (op.kind === "create" ? [op] : []));
  const rows = creates.length > 0
    ? await tx.questionSet.createManyAndReturn({ data: creates.map((op) => ({ ...op.data, userId })), select: { id: true, slug: true } })
    : [];
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const questions = creates.flatMap((op) => {
    const setId = idBySlug.get(op.data.slug);
    return setId ? op.questions.map((q) => ({ ...q, setId, userId })) : [];
  });
  for (const op of plan.sets) {
    if (op.kind === "create") continue;
    if (op.kind === "update") await tx.questionSet.updateMany({ where: { id: op.id, userId }, data: op.data });
    questions.push(...op.createQuestions.map((q) => ({ ...q, setId: op.id, userId })));
    for (const q of op.updateQuestions) await tx.question.updateMany({ where: { id: q.id, userId }, data: { ...q.data, ...bump } });
  }
  if (questions.length > 0) await tx.question.createMany({ data: questions });
}

async function writeApplications(tx: TTx, userId: string, plan: TImportPlan, newCompanyIds: Map<string, string>): Promise<void> {
  const companyIdOf = (ref: TCompanyRef) => ref.id ?? newCompanyIds.get(ref.key) ?? null;
  const rows: ({ id: string; userId: string; companyId: string } & TApplicationState)[] = [];
  const events: (TNewEvent & { userId: string; applicationId: string })[] = [];
  for (const op of plan.applications) {
    if (op.kind === "create") {
      const companyId = companyIdOf(op.company);
      if (!companyId) throw new Error("import: application of a company the plan did not create");
      const id = randomUUID();
      rows.push({ id, userId, companyId, ...op.state });
      events.push(...op.events.map((e) => ({ ...e, userId, applicationId: id })));
    } else if (op.kind === "update") {
      await tx.application.updateMany({ where: { id: op.id, userId }, data: { ...op.state, ...bump } });
      for (const e of op.updateEvents) await tx.stageEvent.updateMany({ where: { id: e.id, userId }, data: e.data });
      events.push(...op.createEvents.map((e) => ({ ...e, userId, applicationId: op.id })));
    }
  }
  if (rows.length > 0) await tx.application.createMany({ data: rows });
  if (events.length > 0) await tx.stageEvent.createMany({ data: events });
}

/**
 * Writes a plan inside the caller's transaction: bulk inserts for new rows, one statement per
 * changed row. Every statement is scoped by userId; ids in the plan came from this user's rows.
 */
export async function writeImportPlan(tx: TTx, userId: string, plan: TImportPlan): Promise<void> {
  const newCompanyIds = await writeCompanies(tx, userId, plan);
  await writeApplications(tx, userId, plan, newCompanyIds);
  await writeSets(tx, userId, plan);
}
