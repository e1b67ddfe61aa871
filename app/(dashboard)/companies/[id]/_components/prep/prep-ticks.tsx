"use client";

// Ticks on the prep checklist (a task done, a question's mastery) show at once: the checkbox,
// the mastery button and the progress take the new value while the server saves it; the
// refreshed checklist the action brings back confirms it, and a failed save rolls back (React's
// optimistic state ends with the transition) with the error in a toast, the server's or, when
// the request itself failed, one saying so.
import { createContext, use, useOptimistic, useTransition, type ReactNode } from "react";

import { toast } from "@/components/ui/toast";
import type { TActionResult } from "@/lib/errors";
import { Mastery } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { percentOf, type TChecklistProgress } from "@/lib/prep/checklist";

type TTicks = { tasks: Record<string, boolean>; questions: Record<string, Mastery> };
type TTick = { kind: "task"; id: string; done: boolean } | { kind: "question"; id: string; status: Mastery };
type TPrepTicks = {
  /** The saved state (the server's) with the ticks still being saved on top. */
  taskDone: (id: string, saved: boolean) => boolean;
  questionStatus: (id: string, saved: Mastery) => Mastery;
  progress: (saved: TChecklistProgress) => TChecklistProgress;
  tick: (change: TTick, save: () => Promise<TActionResult<unknown>>) => void;
};

const NO_TICKS: TTicks = { tasks: {}, questions: {} };
const PrepTicksContext = createContext<TPrepTicks | null>(null);

function withTick(ticks: TTicks, change: TTick): TTicks {
  return change.kind === "task"
    ? { ...ticks, tasks: { ...ticks.tasks, [change.id]: change.done } }
    : { ...ticks, questions: { ...ticks.questions, [change.id]: change.status } };
}

/** `saved` is the server's state of every task and question the checklist shows. */
export function PrepTicks({ saved, children }: { saved: TTicks; children: ReactNode }) {
  const t = useTranslations();
  const [ticks, addTick] = useOptimistic(NO_TICKS, withTick);
  const [, startTransition] = useTransition();
  const value: TPrepTicks = {
    taskDone: (id, done) => ticks.tasks[id] ?? done,
    questionStatus: (id, status) => ticks.questions[id] ?? status,
    progress: (progress) => {
      const tasksDone = Object.entries(ticks.tasks).reduce((sum, [id, done]) => sum + Number(done) - Number(saved.tasks[id] ?? done), 0);
      const known = Object.entries(ticks.questions).reduce(
        (sum, [id, status]) => sum + Number(status === Mastery.KNOWN) - Number((saved.questions[id] ?? status) === Mastery.KNOWN),
        0,
      );
      const done = progress.done + tasksDone + known;
      return {
        ...progress,
        done,
        percent: percentOf(done, progress.total),
        questions: { ...progress.questions, known: progress.questions.known + known },
        tasks: { ...progress.tasks, done: progress.tasks.done + tasksDone },
      };
    },
    tick: (change, save) =>
      startTransition(async () => {
        addTick(change);
        const result = await save().catch(() => null);
        if (!result) toast.error(t("prep.tickFailed"));
        else if (!result.ok) toast.error(result.message);
      }),
  };
  return <PrepTicksContext value={value}>{children}</PrepTicksContext>;
}

export function usePrepTicks(): TPrepTicks {
  const value = use(PrepTicksContext);
  if (!value) throw new Error("usePrepTicks outside <PrepTicks>");
  return value;
}
