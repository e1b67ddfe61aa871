// A company's own prep tasks (PrepTask): the starter list, add, tick, rename, due date, delete.
import "server-only";

import type { z } from "zod";

import { transaction } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n/config";
import { defaultPrepTasks } from "@/lib/prep/default-tasks";
import type { ZCreateTaskInput, ZUpdateTaskInput } from "@/lib/validation/prep";

/** yyyy-mm-dd → noon UTC, so the date reads the same in every time zone from UTC−11 to UTC+11. */
function dueDateToInstant(date: string | null): Date | null {
  return date === null ? null : new Date(`${date}T12:00:00Z`);
}

/**
 * Adds the starter tasks (了解公司业务与使命, 岗位要求对照, 准备自我介绍, 准备反问) once per company:
 * the first time its checklist is opened, unless it already has tasks (restored or imported).
 * Company.prepStartedAt records that the start happened, so deleting all four does not bring
 * them back. The conditional UPDATE locks the company row: two first opens add one list.
 */
export async function startPrepTasks(userId: string, companyId: string, locale: TLocale, now = new Date()): Promise<boolean> {
  assertUserId(userId);
  return transaction(userId, async (tx) => {
    const started = await tx.$executeRaw`
      UPDATE "Company" SET "prepStartedAt" = ${now}
      WHERE id = ${companyId} AND "userId" = ${userId} AND "prepStartedAt" IS NULL`;
    if (started === 0) return false;
    if ((await tx.prepTask.count({ where: { userId, companyId } })) > 0) return false;
    await tx.prepTask.createMany({ data: defaultPrepTasks(locale).map((task) => ({ ...task, userId, companyId })) });
    return true;
  });
}

export async function createTask(userId: string, input: z.output<typeof ZCreateTaskInput>) {
  assertUserId(userId);
  const { companyId, title, dueDate } = input;
  return transaction(userId, async (tx) => {
    const company = await tx.company.count({ where: { id: companyId, userId } });
    if (company === 0) throw new AppError("NOT_FOUND");
    const last = await tx.prepTask.aggregate({ where: { userId, companyId }, _max: { position: true } });
    return tx.prepTask.create({
      data: { userId, companyId, title, dueAt: dueDateToInstant(dueDate), position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
  });
}

export async function updateTask(userId: string, input: z.output<typeof ZUpdateTaskInput>, now = new Date()) {
  assertUserId(userId);
  const { taskId, title, done, dueDate } = input;
  const { count } = await transaction(userId, (tx) =>
    tx.prepTask.updateMany({
      where: { id: taskId, userId },
      data: {
        ...(title === undefined ? {} : { title }),
        ...(done === undefined ? {} : { done, doneAt: done ? now : null }),
        ...(dueDate === undefined ? {} : { dueAt: dueDateToInstant(dueDate) }),
      },
    }),
  );
  if (count === 0) throw new AppError("NOT_FOUND");
}

export async function deleteTask(userId: string, taskId: string) {
  assertUserId(userId);
  const { count } = await transaction(userId, (tx) => tx.prepTask.deleteMany({ where: { id: taskId, userId } }));
  if (count === 0) throw new AppError("NOT_FOUND");
}
