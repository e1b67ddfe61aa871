"use server";

// The questions asked at interviews, through the one action path (lib/actions/define-action):
// logged, undone, deleted, searched for while logging, and near-duplicates merged.

import { defineAction } from "@/lib/actions/define-action";
import { deleteEncounter, recordEncounters, undoEncounters } from "@/lib/services/encounters";
import { mergeQuestions } from "@/lib/services/encounters-hot";
import { searchQuestions } from "@/lib/services/search";
import { ZAskedSearchInput, ZEncounterIdInput, ZMergeQuestionsInput, ZRecordEncountersInput, ZUndoEncountersInput } from "@/lib/validation/encounters";

// Encounters show on company pages, question pages, hot questions and the dashboard.
const REFRESH = { revalidate: "/" };

export const recordEncountersAction = defineAction(
  ZRecordEncountersInput,
  async (data, user) => {
    const recorded = await recordEncounters(user.id, data, user.timeZone);
    return { encounterIds: recorded.encounterIds, questionIds: recorded.questionIds };
  },
  REFRESH,
);

export const undoEncountersAction = defineAction(ZUndoEncountersInput, (data, user) => undoEncounters(user.id, data), REFRESH);

export const deleteEncounterAction = defineAction(ZEncounterIdInput, (data, user) => deleteEncounter(user.id, data.encounterId), REFRESH);

export const mergeQuestionsAction = defineAction(ZMergeQuestionsInput, (data, user) => mergeQuestions(user.id, data), REFRESH);

/** The bank's questions matching the logging page's search box (the first page of the bank's search). */
export const searchAskedAction = defineAction(ZAskedSearchInput, async (data, user) => {
  const result = await searchQuestions(user.id, { q: data.q, page: 1 });
  return result.groups.flatMap((group) => group.hits.map((hit) => ({ id: hit.id, title: hit.title, setTitle: group.setTitle })));
});
