"use server";

// Prep actions: links between sets and companies, and a company's tasks. Used by the set page,
// the prep checklist (_components/prep) and the company page.
import { revalidatePath } from "next/cache";

import { requireApiUser } from "@/lib/auth";
import { toActionError, type TActionResult } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import { bulkLinkByTier, linkSet, listSetCompanies, setSetCompanies, unlinkSet } from "@/lib/services/prep-links";
import { createTask, deleteTask, updateTask } from "@/lib/services/prep-tasks";
import {
  ZBulkLinkByTierInput,
  ZCreateTaskInput,
  ZLinkInput,
  ZSetCompaniesInput,
  ZTaskIdInput,
  ZUpdateTaskInput,
} from "@/lib/validation/prep";
import { ZSetIdInput, parseInput } from "@/lib/validation/questions";

async function act<T>(run: (userId: string) => Promise<T>): Promise<TActionResult<T>> {
  try {
    const user = await requireApiUser();
    const data = await run(user.id);
    // Progress shows on the checklist, the companies table, the board and the dashboard.
    revalidatePath("/", "layout");
    return { ok: true, data } as TActionResult<T>;
  } catch (error) {
    return toActionError(error, await getTranslations());
  }
}

/** The set page's company picker, read when it opens (1,000 companies need not ride on every page). */
export async function listSetCompaniesAction(input: unknown) {
  try {
    const user = await requireApiUser();
    return { ok: true as const, data: await listSetCompanies(user.id, parseInput(ZSetIdInput, input).setId) };
  } catch (error) {
    return toActionError(error, await getTranslations());
  }
}

export async function linkSetAction(input: unknown) {
  return act((userId) => linkSet(userId, parseInput(ZLinkInput, input)));
}

export async function unlinkSetAction(input: unknown) {
  return act((userId) => unlinkSet(userId, parseInput(ZLinkInput, input)));
}

export async function setSetCompaniesAction(input: unknown) {
  return act((userId) => setSetCompanies(userId, parseInput(ZSetCompaniesInput, input)));
}

export async function bulkLinkByTierAction(input: unknown) {
  return act((userId) => bulkLinkByTier(userId, parseInput(ZBulkLinkByTierInput, input)));
}

export async function createTaskAction(input: unknown) {
  return act(async (userId) => (await createTask(userId, parseInput(ZCreateTaskInput, input))).id);
}

export async function updateTaskAction(input: unknown) {
  return act((userId) => updateTask(userId, parseInput(ZUpdateTaskInput, input)));
}

export async function deleteTaskAction(input: unknown) {
  return act((userId) => deleteTask(userId, parseInput(ZTaskIdInput, input).taskId));
}
