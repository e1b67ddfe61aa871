"use server";

// Companies and applications: each action gets the user, parses its input with a Z… schema,
// calls one service and maps errors in one place (toActionError). The board uses these too.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { requireApiUser, type TCurrentUser } from "@/lib/auth";
import { toActionError, type TActionResult } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import { moveApplication, startApplication, updateStageEvent } from "@/lib/services/applications";
import {
  archiveCompanies,
  createCompany,
  restoreCompanies,
  setCompaniesTier,
  updateCompany,
  type TApplicationDetail,
} from "@/lib/services/companies";
import { saveTablePreferences } from "@/lib/services/companies-preferences";
import { linkSetToCompanies, unlinkSetFromCompanies } from "@/lib/services/prep-links";
import { listSets } from "@/lib/services/questions";
import { ZMoveApplication, ZStartApplication, ZUpdateEvent } from "@/lib/validation/applications";
import { fieldErrorsOf } from "@/lib/validation/auth";
import { ZBulkIds, ZBulkLinkSet, ZBulkTier, ZCreateCompany, ZTablePreferences, ZUpdateCompany } from "@/lib/validation/companies";

const ZNoInput = z.undefined();

async function act<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (user: TCurrentUser, data: z.infer<S>) => Promise<T>,
): Promise<TActionResult<T>> {
  const t = await getTranslations();
  try {
    const user = await requireApiUser();
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(
        Object.entries(fieldErrorsOf(parsed.error)).map(([field, keys]) => [field, keys.map((key) => t(key))]),
      );
      return { ok: false, code: "VALIDATION", message: t("errors.VALIDATION"), fieldErrors };
    }
    const data = await run(user, parsed.data);
    return { ok: true, data } as TActionResult<T>;
  } catch (error) {
    return toActionError(error, t);
  }
}

function refresh(companyId?: string) {
  revalidatePath("/companies");
  revalidatePath("/board");
  revalidatePath("/dashboard");
  if (companyId) revalidatePath(`/companies/${companyId}`);
}

export async function createCompanyAction(input: unknown) {
  return act(ZCreateCompany, input, async (user, data) => {
    const created = await createCompany(user.id, data);
    refresh();
    return created;
  });
}

export async function updateCompanyAction(input: unknown) {
  return act(ZUpdateCompany, input, async (user, data) => {
    const company = await updateCompany(user.id, data);
    refresh(company.id);
    return company;
  });
}

export async function setTierAction(input: unknown) {
  return act(ZBulkTier, input, async (user, data) => {
    const count = await setCompaniesTier(user.id, data.ids, data.tier);
    refresh();
    return count;
  });
}

export async function archiveCompaniesAction(input: unknown) {
  return act(ZBulkIds, input, async (user, data) => {
    const count = await archiveCompanies(user.id, data.ids);
    refresh();
    return count;
  });
}

export async function restoreCompaniesAction(input: unknown) {
  return act(ZBulkIds, input, async (user, data) => {
    const count = await restoreCompanies(user.id, data.ids);
    refresh();
    return count;
  });
}

/** The user's question sets for the bulk bar's "link a set" menu, read when the menu opens. */
export async function listSetOptionsAction() {
  return act(ZNoInput, undefined, async (user) =>
    (await listSets(user.id)).map((set) => ({ id: set.id, title: set.title, questions: set.questions })),
  );
}

/** Links a set to the selected companies; returns the ids newly linked (what undo unlinks). */
export async function linkSetToCompaniesAction(input: unknown) {
  return act(ZBulkLinkSet, input, async (user, data) => {
    const added = await linkSetToCompanies(user.id, data);
    // Prep progress shows on the table, the board, the dashboard and each company's checklist.
    revalidatePath("/", "layout");
    return added;
  });
}

export async function unlinkSetFromCompaniesAction(input: unknown) {
  return act(ZBulkLinkSet, input, async (user, data) => {
    const count = await unlinkSetFromCompanies(user.id, data);
    revalidatePath("/", "layout");
    return count;
  });
}

export async function saveTablePreferencesAction(input: unknown) {
  return act(ZTablePreferences, input, async (user, data) => saveTablePreferences(user.id, data));
}

export async function moveApplicationAction(input: unknown): Promise<TActionResult<TApplicationDetail>> {
  return act(ZMoveApplication, input, async (user, data) => {
    const application = await moveApplication(user.id, data, { timeZone: user.timeZone });
    refresh(application.companyId);
    return application;
  });
}

export async function startApplicationAction(input: unknown): Promise<TActionResult<TApplicationDetail>> {
  return act(ZStartApplication, input, async (user, data) => {
    const application = await startApplication(user.id, data, { timeZone: user.timeZone });
    refresh(application.companyId);
    return application;
  });
}

export async function updateEventAction(input: unknown): Promise<TActionResult<TApplicationDetail>> {
  return act(ZUpdateEvent, input, async (user, data) => {
    const application = await updateStageEvent(user.id, data, { timeZone: user.timeZone });
    refresh(application.companyId);
    return application;
  });
}
