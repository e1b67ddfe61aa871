import { notFound } from "next/navigation";
import { cache } from "react";

import { readSetHeader } from "@/lib/cache/page-reads";
import type { TReader } from "@/lib/cache/user-reads";
import { AppError } from "@/lib/errors";
import { getQuestion } from "@/lib/services/questions-items";

/** Turns a service's NOT_FOUND (missing, or another user's) into the 404 page. */
async function or404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

// cache(): generateMetadata and the page of one request share one read.
export const loadSetOr404 = cache((user: TReader, setId: string) => or404(() => readSetHeader(user, setId)));
export const loadQuestionOr404 = cache((userId: string, questionId: string) => or404(() => getQuestion(userId, questionId)));
