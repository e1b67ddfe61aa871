"use server";

// Companies and applications, through the one action path (lib/actions/define-action). The board
// uses these too.
import { revalidatePath } from "next/cache";

import { defineAction, ZNoInput } from "@/lib/actions/define-action";
import { undoApplicationChange } from "@/lib/services/application-undo";
import { deleteApplication, deleteStageEvent, moveApplication, startApplication, updateStageEvent } from "@/lib/services/applications";
import {
  archiveCompanies,
  createCompany,
  restoreCompanies,
  restoreCompaniesTier,
  saveTablePreferences,
  setCompaniesTier,
  updateCompany,
} from "@/lib/services/companies";
import { linkSetToCompanies, unlinkSetFromCompanies } from "@/lib/services/prep-links";
import { listSets } from "@/lib/services/questions";
import {
  ZApplicationRef,
  ZDeleteEvent,
  ZMoveApplication,
  ZStartApplication,
  ZUndoChange,
  ZUpdateEvent,
} from "@/lib/validation/applications";
import { ZBulkIds, ZBulkLinkSet, ZBulkTier, ZCreateCompany, ZTablePreferences, ZTierUndo, ZUpdateCompany } from "@/lib/validation/companies";


function refresh(companyId?: string) {
  revalidatePath("/companies");
  revalidatePath("/board");
  revalidatePath("/dashboard");
  if (companyId) revalidatePath(`/companies/${companyId}`);
}

export const createCompanyAction = defineAction(ZCreateCompany, async (data, user) => {
  const created = await createCompany(user.id, data);
  refresh();
  return created;
});

export const updateCompanyAction = defineAction(ZUpdateCompany, async (data, user) => {
  const company = await updateCompany(user.id, data);
  refresh(company.id);
  return company;
});

/** Returns each company's tier before, which undoTierAction restores. */
export const setTierAction = defineAction(ZBulkTier, async (data, user) => {
  const previous = await setCompaniesTier(user.id, data.ids, data.tier);
  refresh();
  return previous;
});

export const undoTierAction = defineAction(ZTierUndo, async (data, user) => {
  const count = await restoreCompaniesTier(user.id, data.tier, data.previous);
  refresh();
  return count;
});

export const archiveCompaniesAction = defineAction(ZBulkIds, async (data, user) => {
  const count = await archiveCompanies(user.id, data.ids);
  refresh();
  return count;
});

export const restoreCompaniesAction = defineAction(ZBulkIds, async (data, user) => {
  const count = await restoreCompanies(user.id, data.ids);
  refresh();
  return count;
});

/** The user's question sets for the bulk bar's "link a set" menu, read when the menu opens. */
export const listSetOptionsAction = defineAction(ZNoInput, async (_none, user) =>
  (await listSets(user.id)).map((set) => ({ id: set.id, title: set.title, questions: set.questions })),
);

/**
 * Links a set to the selected companies; returns the ids newly linked (what undo unlinks). Prep
 * progress shows on the table, the board, the dashboard and each company's checklist.
 */
export const linkSetToCompaniesAction = defineAction(ZBulkLinkSet, (data, user) => linkSetToCompanies(user.id, data), { revalidate: "/" });

export const unlinkSetFromCompaniesAction = defineAction(ZBulkLinkSet, (data, user) => unlinkSetFromCompanies(user.id, data), { revalidate: "/" });

export const saveTablePreferencesAction = defineAction(ZTablePreferences, async (data, user) => saveTablePreferences(user.id, data));

export const moveApplicationAction = defineAction(ZMoveApplication, async (data, user) => {
  const application = await moveApplication(user.id, data, { timeZone: user.timeZone });
  refresh(application.companyId);
  return application;
});

export const startApplicationAction = defineAction(ZStartApplication, async (data, user) => {
  const application = await startApplication(user.id, data, { timeZone: user.timeZone });
  refresh(application.companyId);
  return application;
});

export const updateEventAction = defineAction(ZUpdateEvent, async (data, user) => {
  const application = await updateStageEvent(user.id, data, { timeZone: user.timeZone });
  refresh(application.companyId);
  return application;
});

export const deleteEventAction = defineAction(ZDeleteEvent, async (data, user) => {
  const application = await deleteStageEvent(user.id, data);
  refresh(application.companyId);
  return application;
});

export const deleteApplicationAction = defineAction(ZApplicationRef, async (data, user) => {
  const deleted = await deleteApplication(user.id, data);
  refresh(deleted.companyId);
  return deleted;
});

/** Takes back a move, a deleted step or application, or a started one, from its undo token. */
export const undoApplicationChangeAction = defineAction(ZUndoChange, async (data, user) => {
  const undone = await undoApplicationChange(user.id, data.token);
  refresh(undone.companyId);
  return undone;
});
