"use server";

// Question bank actions, through the one action path (lib/actions/define-action); each refreshes
// the question pages.
import { revalidatePath } from "next/cache";
import type { z } from "zod";

import { defineAction } from "@/lib/actions/define-action";
import type { TCurrentUser } from "@/lib/auth";
import { createSet, deleteSet, renameSet, reorderSets } from "@/lib/services/questions";
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

function questionAction<S extends z.ZodType, T>(schema: S, run: (data: z.output<S>, user: TCurrentUser) => Promise<T>) {
  return defineAction(schema, async (data, user) => {
    const result = await run(data, user);
    revalidatePath("/questions", "layout");
    return result;
  });
}

export const createSetAction = questionAction(ZCreateSetInput, async (data, user) => (await createSet(user.id, data)).id);

export const renameSetAction = questionAction(ZRenameSetInput, (data, user) => renameSet(user.id, data));

export const reorderSetsAction = questionAction(ZReorderInput, (data, user) => reorderSets(user.id, data));

export const deleteSetAction = questionAction(ZSetIdInput, (data, user) => deleteSet(user.id, data.setId));

export const createQuestionAction = questionAction(ZCreateQuestionInput, async (data, user) => (await createQuestion(user.id, data)).id);

export const updateQuestionAction = questionAction(ZUpdateQuestionInput, (data, user) => updateQuestion(user.id, data));

export const setStarsAction = questionAction(ZSetStarsInput, (data, user) => setStars(user.id, data));

export const setMasteryAction = questionAction(ZSetMasteryInput, async (data, user) => (await setMastery(user.id, data)).status);

export const reorderQuestionsAction = questionAction(ZReorderQuestionsInput, (data, user) => reorderQuestions(user.id, data));

export const deleteQuestionAction = questionAction(ZQuestionIdInput, (data, user) => deleteQuestion(user.id, data.questionId));
