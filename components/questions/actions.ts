"use server";

// Question bank actions, through the one action path (lib/actions/define-action); each refreshes
// the question pages.

import { defineAction } from "@/lib/actions/define-action";
import { createSet, deleteSet, readSetLinks, renameSet, reorderSets } from "@/lib/services/questions";
import {
  createQuestion,
  deleteQuestion,
  reorderQuestions,
  setMastery,
  setStars,
  updateQuestion,
} from "@/lib/services/questions-items";
import {
  ZCreateQuestionInput,
  ZCreateSetInput,
  ZQuestionIdInput,
  ZRenameSetInput,
  ZReorderInput,
  ZReorderQuestionsInput,
  ZSetIdInput,
  ZSetMasteryInput,
  ZSetStarsInput,
  ZUpdateQuestionInput,
} from "@/lib/validation/questions";

// Every question bank action refreshes the question pages.
const REFRESH = { revalidate: "/questions" };

export const createSetAction = defineAction(ZCreateSetInput, async (data, user) => (await createSet(user.id, data)).id, REFRESH);

export const renameSetAction = defineAction(ZRenameSetInput, (data, user) => renameSet(user.id, data), REFRESH);

export const reorderSetsAction = defineAction(ZReorderInput, (data, user) => reorderSets(user.id, data), REFRESH);

export const deleteSetAction = defineAction(ZSetIdInput, (data, user) => deleteSet(user.id, data.setId), REFRESH);

/** A read for the delete question: how many companies the set is linked to, and the first names. */
export const setLinksAction = defineAction(ZSetIdInput, (data, user) => readSetLinks(user.id, data.setId));

export const createQuestionAction = defineAction(ZCreateQuestionInput, async (data, user) => (await createQuestion(user.id, data)).id, REFRESH);

export const updateQuestionAction = defineAction(ZUpdateQuestionInput, (data, user) => updateQuestion(user.id, data), REFRESH);

export const setStarsAction = defineAction(ZSetStarsInput, (data, user) => setStars(user.id, data), REFRESH);

export const setMasteryAction = defineAction(ZSetMasteryInput, async (data, user) => (await setMastery(user.id, data)).status, REFRESH);

export const reorderQuestionsAction = defineAction(ZReorderQuestionsInput, (data, user) => reorderQuestions(user.id, data), REFRESH);

export const deleteQuestionAction = defineAction(ZQuestionIdInput, (data, user) => deleteQuestion(user.id, data.questionId), REFRESH);
