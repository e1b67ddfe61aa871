"use server";

// Prep actions: links between sets and companies, and a company's tasks, through the one action
// path (lib/actions/define-action). Used by the set page, the prep checklist (_components/prep)
// and the company page.

import { defineAction } from "@/lib/actions/define-action";
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

// Progress shows on the checklist, the companies table, the board and the dashboard: every prep
// action but the picker's read refreshes them all.
const REFRESH = { revalidate: "/" };

/** The set page's company picker, read when it opens (1,000 companies need not ride on every page). */
export const listSetCompaniesAction = defineAction(ZSetIdInput, (data, user) => listSetCompanies(user.id, data.setId));

export const linkSetAction = defineAction(ZLinkInput, (data, user) => linkSet(user.id, data), REFRESH);

export const unlinkSetAction = defineAction(ZLinkInput, (data, user) => unlinkSet(user.id, data), REFRESH);

export const setSetCompaniesAction = defineAction(ZSetCompaniesInput, (data, user) => setSetCompanies(user.id, data), REFRESH);

export const bulkLinkByTierAction = defineAction(ZBulkLinkByTierInput, (data, user) => bulkLinkByTier(user.id, data), REFRESH);

export const createTaskAction = defineAction(ZCreateTaskInput, async (data, user) => (await createTask(user.id, data)).id, REFRESH);

export const updateTaskAction = defineAction(ZUpdateTaskInput, (data, user) => updateTask(user.id, data), REFRESH);

export const deleteTaskAction = defineAction(ZTaskIdInput, (data, user) => deleteTask(user.id, data.taskId), REFRESH);
