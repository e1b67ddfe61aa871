"use client";

import { Plus, X } from "lucide-react";
import { useRef, useState } from "react";
import { toast } from "@/components/ui/toast";

import { useAction } from "@/components/ui/use-action";
import { createTaskAction, deleteTaskAction, updateTaskAction } from "@/components/prep/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useNow, useTimeZone, useTranslations } from "next-intl";

import { DEFAULT_TIME_ZONE, localDayOf } from "@/lib/dates/zone";
import { cn } from "@/lib/utils";

import { PrepTaskTitle } from "./prep-task-title";
import { usePrepTicks } from "./prep-ticks";

type TPrepTaskItem = { id: string; title: string; done: boolean; dueDate: string | null };

/** The company's own tasks: tick and rename in place, add with an optional due date, delete with undo. */
export function PrepTasks({ companyId, tasks }: { companyId: string; tasks: TPrepTaskItem[] }) {
  const t = useTranslations();
  const { pending, run } = useAction();
  const ticks = usePrepTicks();
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // The account's calendar day, on the server and in the browser alike (not UTC's, not the browser's).
  const today = localDayOf(useNow(), useTimeZone() ?? DEFAULT_TIME_ZONE);

  function remove(task: TPrepTaskItem) {
    run(() => deleteTaskAction({ taskId: task.id }), {
      onDone: () =>
        toast.success(t("prep.taskDeleted"), {
          action: {
            label: t("prep.undo"),
            onClick: () => run(() => createTaskAction({ companyId, title: task.title, dueDate: task.dueDate })),
          },
        }),
    });
  }

  return (
    <section className="space-y-3" aria-labelledby="prep-tasks">
      <h2 id="prep-tasks" className="text-base font-semibold">
        {t("prep.tasks")}
      </h2>
      <ul className="divide-y rounded-xl border">
        {tasks.map((task) => {
          const checked = ticks.taskDone(task.id, task.done);
          const overdue = !checked && task.dueDate !== null && task.dueDate < today;
          return (
            <li key={task.id} className="flex items-center gap-3 px-3 py-2">
              <input
                type="checkbox"
                id={`task-${task.id}`}
                className="size-4 shrink-0 accent-primary"
                checked={checked}
                onChange={(event) => {
                  const done = event.target.checked;
                  ticks.tick({ kind: "task", id: task.id, done }, () => updateTaskAction({ taskId: task.id, done }));
                }}
              />
              <PrepTaskTitle
                taskId={task.id}
                title={task.title}
                done={checked}
                disabled={pending}
                onRename={(title, settled) =>
                  run(() => updateTaskAction({ taskId: task.id, title }), {
                    onError: settled,
                    onDone: () => settled(null),
                  })
                }
              />
              {task.dueDate ? (
                <span className={cn("shrink-0 text-xs tabular-nums", overdue ? "font-medium text-destructive" : "text-muted-foreground")}>
                  {overdue ? `${t("prep.overdue")} · ` : ""}
                  {t("prep.dueOn", { date: task.dueDate })}
                </span>
              ) : null}
              <Button variant="ghost" size="icon-sm" aria-label={`${t("prep.deleteTask")}: ${task.title}`} onClick={() => remove(task)} disabled={pending}>
                <X aria-hidden="true" />
              </Button>
            </li>
          );
        })}
      </ul>
      <form
        ref={form}
        className="flex flex-wrap items-start gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const dueDate = String(data.get("dueDate") ?? "") || null;
          setError(null);
          run(() => createTaskAction({ companyId, title: String(data.get("title") ?? ""), dueDate }), {
            onError: setError,
            onDone: () => form.current?.reset(),
          });
        }}
      >
        <Input name="title" required maxLength={200} placeholder={t("prep.taskPlaceholder")} aria-label={t("prep.taskTitle")} className="min-w-0 flex-1 basis-48" />
        <Input name="dueDate" type="date" aria-label={t("prep.dueLabel")} className="w-auto basis-36" />
        <Button type="submit" variant="outline" disabled={pending}>
          <Plus aria-hidden="true" />
          {t("prep.addTask")}
        </Button>
        <FormMessage role="alert" messages={error} className="basis-full" />
      </form>
    </section>
  );
}
