"use server";

// Prep actions: links between sets and companies, and a company's tasks, through the one action
// path (lib/actions/define-action). Used by the set page, the prep checklist (_components/prep)
// and the company page.
import { revalidatePath } from "next/cache";
import type { z } from "zod";

import { defineAction } from "@/lib/actions/define-action";
import type { TCurrentUser } from "@/lib/auth";
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
import { ZSetIdInput } from "@/lib/validation/questions";

function prepAction<S extends z.ZodType, T>(schema: S, run: (data: z.output<S>, user: TCurrentUser) => Promise<T>) {
  return defineAction(schema, async (data, user) => {
    const result = await run(data, user);
    // Progress shows on the checklist, the companies table, the board and the dashboard.
    revalidatePath("/", "layout");
    return result;
  });
}

/** The set page's company picker, read when it opens (1,000 companies need not ride on every page). */
export const listSetCompaniesAction = defineAction(ZSetIdInput, (data, user) => listSetCompanies(user.id, data.setId));

export const linkSetAction = prepAction(ZLinkInput, (data, user) => linkSet(user.id, data));

export const unlinkSetAction = prepAction(ZLinkInput, (data, user) => unlinkSet(user.id, data));

export const setSetCompaniesAction = prepAction(ZSetCompaniesInput, (data, user) => setSetCompanies(user.id, data));

export const bulkLinkByTierAction = prepAction(ZBulkLinkByTierInput, (data, user) => bulkLinkByTier(user.id, data));

export const createTaskAction = prepAction(ZCreateTaskInput, async (data, user) => (await createTask(user.id, data)).id);

export const updateTaskAction = prepAction(ZUpdateTaskInput, (data, user) => updateTask(user.id, data));

export const deleteTaskAction = prepAction(ZTaskIdInput, (data, user) => deleteTask(user.id, data.taskId));
