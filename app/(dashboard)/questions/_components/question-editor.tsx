"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { MARKDOWN_MAX_DEPTH, markdownNestingDepth } from "@/lib/validation/markdown-limits";
import { ANSWER_MAX_BYTES } from "@/lib/validation/questions-limits";

import { updateQuestionAction } from "@/components/questions/actions";
import { useAction } from "@/components/ui/use-action";

// The renderer (and KaTeX's CSS) load only when the editor is open.
const Markdown = dynamic(() => import("@/components/markdown/markdown").then((module) => module.Markdown), {
  loading: () => <Skeleton className="h-32 w-full" />,
});

type TProps = { questionId: string; title: string; answerMd: string; version: number; doneHref: string };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Title and answer with a preview: side by side on wide screens, a Write/Preview toggle on phones. */
export function QuestionEditor({ questionId, title: initialTitle, answerMd: initialAnswer, version, doneHref }: TProps) {
  const t = useTranslations();
  const router = useRouter();
  const { pending, run } = useAction();
  const [title, setTitle] = useState(initialTitle);
  const [answer, setAnswer] = useState(initialAnswer);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [error, setError] = useState<string | null>(null);
  const bytes = new TextEncoder().encode(answer).length;
  const tooLarge = bytes > ANSWER_MAX_BYTES;
  const tooDeep = !tooLarge && markdownNestingDepth(answer) > MARKDOWN_MAX_DEPTH;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => updateQuestionAction({ questionId, title, answerMd: answer, version }), {
          success: t("questions.saved"),
          onError: setError,
          onDone: () => router.push(doneHref),
        });
      }}
    >
      <div className="space-y-2">
        <Label htmlFor="edit-title">{t("questions.questionTitle")}</Label>
        <Input id="edit-title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={500} required />
      </div>
      <div className="flex gap-1 lg:hidden" role="tablist">
        {(["write", "preview"] as const).map((value) => (
          <Button key={value} type="button" role="tab" aria-selected={tab === value} size="sm" variant={tab === value ? "secondary" : "ghost"} onClick={() => setTab(value)}>
            {t(`questions.${value}`)}
          </Button>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={cn("space-y-2", tab === "preview" && "hidden lg:block")}>
          <Label htmlFor="edit-answer">{t("questions.answer")}</Label>
          <Textarea
            id="edit-answer"
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            rows={20}
            placeholder={t("questions.answerPlaceholder")}
            className="min-h-80 font-mono text-sm"
            aria-invalid={tooLarge || tooDeep || undefined}
            aria-describedby="answer-size"
          />
          <p id="answer-size" className={cn("text-xs tabular-nums", tooLarge || tooDeep ? "text-destructive" : "text-muted-foreground")}>
            {t("questions.answerSize", { size: kb(bytes) })}
            {tooLarge ? ` · ${t("questions.validation.answerTooLarge")}` : null}
            {tooDeep ? ` · ${t("questions.validation.answerTooDeep")}` : null}
          </p>
        </div>
        <section className={cn("min-w-0 space-y-2", tab === "write" && "hidden lg:block")} aria-label={t("questions.preview")}>
          <p className="text-sm font-medium">{t("questions.preview")}</p>
          <div className="min-h-80 rounded-md border p-4">
            {answer.trim() ? <Markdown source={answer} /> : <p className="text-sm text-muted-foreground">{t("questions.previewEmpty")}</p>}
          </div>
        </section>
      </div>
      <FormMessage role="alert" messages={error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={() => router.push(doneHref)}>
          {t("questions.cancel")}
        </Button>
        <Button type="submit" disabled={pending || tooLarge || tooDeep}>
          {t("questions.save")}
        </Button>
      </div>
    </form>
  );
}
