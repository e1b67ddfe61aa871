"use server";

// Question bank actions: each gets the user, parses its input with a Z… schema, calls one
// service and refreshes the question pages.
import { revalidatePath } from "next/cache";

import { requireApiUser } from "@/lib/auth";
import { toActionError, type TActionResult } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
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
  parseInput,
} from "@/lib/validation/questions";

async function act<T>(run: (userId: string) => Promise<T>): Promise<TActionResult<T>> {
  try {
    const user = await requireApiUser();
    const data = await run(user.id);
    revalidatePath("/questions", "layout");
    return { ok: true, data } as TActionResult<T>;
  } catch (error) {
    return toActionError(error, await getTranslations());
  }
}

export async function createSetAction(input: unknown) {
  return act(async (userId) => (await createSet(userId, parseInput(ZCreateSetInput, input))).id);
}

export async function renameSetAction(input: unknown) {
  return act((userId) => renameSet(userId, parseInput(ZRenameSetInput, input)));
}

export async function reorderSetsAction(input: unknown) {
  return act((userId) => reorderSets(userId, parseInput(ZReorderInput, input)));
}

export async function deleteSetAction(input: unknown) {
  return act((userId) => deleteSet(userId, parseInput(ZSetIdInput, input).setId));
}

export async function createQuestionAction(input: unknown) {
  return act(async (userId) => (await createQuestion(userId, parseInput(ZCreateQuestionInput, input))).id);
}

export async function updateQuestionAction(input: unknown) {
  return act((userId) => updateQuestion(userId, parseInput(ZUpdateQuestionInput, input)));
}

export async function setStarsAction(input: unknown) {
  return act((userId) => setStars(userId, parseInput(ZSetStarsInput, input)));
}

export async function setMasteryAction(input: unknown) {
  return act(async (userId) => {
    const { status } = await setMastery(userId, parseInput(ZSetMasteryInput, input));
    return status;
  });
}

export async function reorderQuestionsAction(input: unknown) {
  return act((userId) => reorderQuestions(userId, parseInput(ZReorderQuestionsInput, input)));
}

export async function deleteQuestionAction(input: unknown) {
  return act((userId) => deleteQuestion(userId, parseInput(ZQuestionIdInput, input).questionId));
}
