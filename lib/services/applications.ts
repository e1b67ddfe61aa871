// Applications: every stage move goes through lib/applications (planMove), with an optimistic
// version check: a save against a version that changed since it was loaded is refused with
// VERSION_CONFLICT and the fresh application, never silently overwritten.
import "server-only";

import {
  canStartNewApplication,
  deriveApplicationState,
  planMove,
  withdrawnAtOf,
  type TMoveCommand,
} from "@/lib/applications/stage-machine";
import { SNAPSHOT_SELECT, undoToken, type TApplicationChange, type TSnapshot } from "@/lib/services/application-undo";
import { transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { zonedToUtc } from "@/lib/dates/zone";
import { refreshCompanyKeys } from "@/lib/services/company-keys";
import type {
  TApplicationRef,
  TDeleteEventInput,
  TMoveApplicationInput,
  TMoveCommandInput,
  TStartApplicationInput,
  TUpdateEventInput,
} from "@/lib/validation/applications";

type TContext = { timeZone: string; now?: Date };
/** What a change without times to read needs: the clock (tests pass one; the app uses the real one). */
type TClock = { now?: Date };

const localToDate = (value: string | null | undefined, timeZone: string) =>
  value === undefined ? undefined : value === null ? null : zonedToUtc(value, timeZone);

function toCommand(input: TMoveCommandInput, timeZone: string): TMoveCommand {
  if (input.type !== "advance") return input;
  return { type: "advance", stage: input.stage, label: input.label, scheduledAt: localToDate(input.scheduledAt, timeZone) };
}

/** The user's application with everything undo restores (SNAPSHOT_SELECT), or NOT_FOUND. */
async function findApplication(tx: TTx, userId: string, id: string): Promise<TSnapshot> {
  const application = await tx.application.findFirst({ where: { id, userId }, select: SNAPSHOT_SELECT });
  if (!application) throw new AppError("NOT_FOUND");
  return application;
}

/** The user's application at `version`, or NOT_FOUND / VERSION_CONFLICT (with the fresh one). */
async function loadAtVersion(tx: TTx, userId: string, id: string, version: number): Promise<TSnapshot> {
  const application = await findApplication(tx, userId, id);
  if (application.version !== version) {
    throw new AppError("VERSION_CONFLICT", "companies.versionConflict", { application });
  }
  return application;
}

/** Writes the row's new state and bumps its version, guarded by the version it was read at. */
async function saveState(
  tx: TTx,
  userId: string,
  application: TSnapshot,
  state: ReturnType<typeof deriveApplicationState>,
) {
  const saved = await tx.application.updateMany({
    where: { id: application.id, userId, version: application.version },
    data: { ...state, version: { increment: 1 } },
  });
  if (saved.count === 0) throw new AppError("VERSION_CONFLICT", "companies.versionConflict");
}

/** Runs `command` through the stage machine on a loaded application and writes the plan. */
async function applyMove(
  tx: TTx,
  userId: string,
  application: TSnapshot,
  input: TMoveCommandInput,
  context: TContext,
  now: Date,
): Promise<TSnapshot> {
  const plan = planMove(application, toCommand(input, context.timeZone), now);
  if (!plan.ok) throw new AppError("FORBIDDEN_MOVE", `companies.moves.${plan.code}`, { code: plan.code });
  if (!plan.changed) return application;
  const removed = plan.remove.flatMap((key) => (key.id ? [key.id] : []));
  if (removed.length > 0) {
    await tx.stageEvent.deleteMany({ where: { userId, applicationId: application.id, id: { in: removed } } });
  }
  for (const change of plan.update) {
    if (!change.id) continue;
    await tx.stageEvent.updateMany({ where: { id: change.id, userId, applicationId: application.id }, data: change.set });
  }
  if (plan.create.length > 0) {
    const extra =
      input.type === "advance"
        ? { link: input.link || null, linkExpiresAt: localToDate(input.linkExpiresAt, context.timeZone) ?? null }
        : {};
    await tx.stageEvent.createMany({
      data: plan.create.map((event) => ({ ...event, ...extra, userId, applicationId: application.id })),
    });
  }
  await saveState(tx, userId, application, plan.state);
  return findApplication(tx, userId, application.id);
}

/**
 * Advance, record a result, offer, 挂, withdraw or reopen: one transaction, version-checked.
 * Returns the moved application and the token that undoes the move (null when nothing changed).
 */
export async function moveApplication(userId: string, input: TMoveApplicationInput, context: TContext): Promise<TApplicationChange> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const now = context.now ?? new Date();
    const application = await loadAtVersion(tx, userId, input.applicationId, input.version);
    const moved = await applyMove(tx, userId, application, input.command, context, now);
    await refreshCompanyKeys(tx, userId, [moved.companyId]);
    const undo = moved.version === application.version ? null : undoToken(userId, application, moved, now);
    return { ...moved, undo };
  });
}

/** Deletes one step (a step recorded by mistake); the application's state is derived again. Undoable. */
export async function deleteStageEvent(userId: string, input: TDeleteEventInput, context: TClock = {}): Promise<TApplicationChange> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const now = context.now ?? new Date();
    const application = await loadAtVersion(tx, userId, input.applicationId, input.version);
    if (!application.events.some((event) => event.id === input.eventId)) throw new AppError("NOT_FOUND");
    await tx.stageEvent.deleteMany({ where: { id: input.eventId, userId, applicationId: application.id } });
    const events = application.events.filter((event) => event.id !== input.eventId);
    await saveState(tx, userId, application, deriveApplicationState(events, { withdrawnAt: withdrawnAtOf(application, now) }));
    await refreshCompanyKeys(tx, userId, [application.companyId]);
    const saved = await findApplication(tx, userId, application.id);
    return { ...saved, undo: undoToken(userId, application, saved, now) };
  });
}

/** Deletes a whole application with its steps. Returns its company and the token that restores it. */
export async function deleteApplication(userId: string, input: TApplicationRef, context: TClock = {}) {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const application = await loadAtVersion(tx, userId, input.applicationId, input.version);
    const deleted = await tx.application.deleteMany({ where: { id: application.id, userId, version: application.version } });
    if (deleted.count === 0) throw new AppError("VERSION_CONFLICT", "companies.versionConflict");
    await refreshCompanyKeys(tx, userId, [application.companyId]);
    return { companyId: application.companyId, undo: undoToken(userId, application, null, context.now ?? new Date()) };
  });
}

/**
 * Starts an application at a company (another role, or 复活甲 after 挂: lib/applications/revival
 * decides). useRevival turns the company's 复活甲 on first; `command` makes a first move at once.
 * Its undo token deletes the application again (the company keeps 复活甲).
 */
export async function startApplication(userId: string, input: TStartApplicationInput, context: TContext): Promise<TApplicationChange> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const now = context.now ?? new Date();
    const company = await tx.company.findFirst({
      where: { id: input.companyId, userId, archivedAt: null },
      select: { id: true, revival: true, applications: { select: { role: true, outcome: true } } },
    });
    if (!company) throw new AppError("NOT_FOUND");
    const revival = company.revival || input.useRevival === true;
    const check = canStartNewApplication({ revival }, company.applications, input.role);
    if (!check.ok) throw new AppError("FORBIDDEN_MOVE", `companies.newApplication.${check.code}`, { code: check.code });
    if (revival && !company.revival) {
      await tx.company.updateMany({ where: { id: company.id, userId }, data: { revival: true, version: { increment: 1 } } });
    }
    const created = await tx.application.create({
      data: { userId, companyId: company.id, role: input.role },
      select: { id: true },
    });
    const application = await findApplication(tx, userId, created.id);
    const started = input.command ? await applyMove(tx, userId, application, input.command, context, now) : application;
    await refreshCompanyKeys(tx, userId, [company.id]);
    return { ...started, undo: undoToken(userId, null, started, now) };
  });
}

/** Edits one step's label, time, notes and link (笔试 links expire: the deadline is kept too). Undoable. */
export async function updateStageEvent(userId: string, input: TUpdateEventInput, context: TContext): Promise<TApplicationChange> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const now = context.now ?? new Date();
    const application = await loadAtVersion(tx, userId, input.applicationId, input.version);
    if (!application.events.some((event) => event.id === input.eventId)) throw new AppError("NOT_FOUND");
    const data = {
      label: input.label,
      scheduledAt: localToDate(input.scheduledAt, context.timeZone) ?? null,
      notes: input.notes,
      link: input.link || null,
      linkExpiresAt: localToDate(input.linkExpiresAt, context.timeZone) ?? null,
    };
    await tx.stageEvent.updateMany({ where: { id: input.eventId, userId, applicationId: application.id }, data });
    const events = application.events.map((event) => (event.id === input.eventId ? { ...event, ...data } : event));
    const withdrawnAt = withdrawnAtOf(application, now);
    await saveState(tx, userId, application, deriveApplicationState(events, { withdrawnAt }));
    await refreshCompanyKeys(tx, userId, [application.companyId]);
    const saved = await findApplication(tx, userId, application.id);
    return { ...saved, undo: undoToken(userId, application, saved, now) };
  });
}
