"use client";

// A task's title, renamed in place: the pencil (or a double click) opens a field; Enter saves,
// Esc cancels, an empty title is refused with a message; leaving the field saves a change.
import { Pencil } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

type TProps = {
  taskId: string;
  title: string;
  done: boolean;
  disabled: boolean;
  /** Saves the title; calls back with an error message, or null once saved. */
  onRename: (title: string, settled: (error: string | null) => void) => void;
};

export function PrepTaskTitle({ taskId, title, done, disabled, onRename }: TProps) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setEditing(false);
    setError(null);
  }

  function save(value: string) {
    const next = value.trim();
    if (next === title) return close();
    if (next === "") return setError(t("prep.validation.taskTitleRequired"));
    onRename(next, (message) => (message === null ? close() : setError(message)));
  }

  if (editing) {
    return (
      <div className="min-w-0 flex-1">
        <Input
          autoFocus
          defaultValue={title}
          maxLength={200}
          aria-label={t("prep.renameTask")}
          aria-invalid={error !== null}
          aria-describedby={error ? `task-title-error-${taskId}` : undefined}
          className="h-8"
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              save(event.currentTarget.value);
            } else if (event.key === "Escape") {
              event.preventDefault();
              close();
            }
          }}
          onBlur={(event) => (event.currentTarget.value.trim() === "" ? close() : save(event.currentTarget.value))}
        />
        {error ? (
          <p id={`task-title-error-${taskId}`} role="alert" className="mt-1 text-xs text-destructive">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <>
      <label
        htmlFor={`task-${taskId}`}
        className={cn("min-w-0 flex-1 text-sm break-words", done && "text-muted-foreground line-through")}
        onDoubleClick={() => setEditing(true)}
      >
        {title}
      </label>
      <Button variant="ghost" size="icon-sm" aria-label={`${t("prep.renameTask")}: ${title}`} onClick={() => setEditing(true)} disabled={disabled}>
        <Pencil aria-hidden="true" />
      </Button>
    </>
  );
}
