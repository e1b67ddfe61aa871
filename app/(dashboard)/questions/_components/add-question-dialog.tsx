"use client";

import { Plus } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useTranslations } from "next-intl";

import { createQuestionAction } from "@/components/questions/actions";
import { useAction } from "@/components/ui/use-action";

export function AddQuestionDialog({ setId }: { setId: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useAction();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setError(null);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("questions.addQuestion")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")} className="sm:max-w-xl">
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const input = { setId, title: String(form.get("title") ?? ""), answerMd: String(form.get("answerMd") ?? "") };
            run(() => createQuestionAction(input), { success: t("questions.created"), onError: setError, onDone: () => setOpen(false) });
          }}
        >
          <DialogHeader>
            <DialogTitle>{t("questions.addQuestion")}</DialogTitle>
            <DialogDescription>{t("questions.answerPlaceholder")}</DialogDescription>
          </DialogHeader>
          <div className="space-y-2">
            <Label htmlFor="question-title">{t("questions.questionTitle")}</Label>
            <Input id="question-title" name="title" required maxLength={500} autoFocus placeholder={t("questions.questionTitlePlaceholder")} />
          </div>
          <div className="space-y-2">
            <Label htmlFor="question-answer">{t("questions.answer")}</Label>
            <Textarea id="question-answer" name="answerMd" rows={8} className="font-mono text-sm" />
          </div>
          <FormMessage role="alert" messages={error} />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {t("questions.create")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
