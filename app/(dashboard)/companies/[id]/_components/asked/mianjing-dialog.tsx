"use client";

// 面经: one interview's questions as a post to paste, company and round each included or not.
import { ClipboardCopy, FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { mianjingMarkdown } from "@/lib/encounters/mianjing";

type TProps = { company: string; round: string; questions: string[] };

export function MianjingDialog({ company, round, questions }: TProps) {
  const t = useTranslations();
  const [withCompany, setWithCompany] = useState(true);
  const [withRound, setWithRound] = useState(true);
  const text = mianjingMarkdown({
    company: withCompany ? company : null,
    round: withRound ? round : null,
    heading: t("encounters.mianjingHeading"),
    questions,
  });

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      toast.success(t("encounters.copied"));
    } catch {
      toast.error(t("encounters.copyFailed"));
    }
  }

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button size="sm" variant="ghost" className="h-7">
          <FileText aria-hidden="true" />
          {t("encounters.mianjingAction")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t("encounters.mianjingTitle")}</DialogTitle>
          <DialogDescription>{t("encounters.mianjingDescription")}</DialogDescription>
        </DialogHeader>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="inline-flex items-center gap-1.5">
            <input type="checkbox" checked={withCompany} onChange={(event) => setWithCompany(event.target.checked)} />
            {t("encounters.mianjingCompany")}
          </label>
          <label className="inline-flex items-center gap-1.5">
            <input type="checkbox" checked={withRound} disabled={!round} onChange={(event) => setWithRound(event.target.checked)} />
            {t("encounters.mianjingRound")}
          </label>
        </div>
        <Textarea readOnly rows={Math.min(14, questions.length + 4)} value={text} aria-label={t("encounters.mianjingTitle")} className="font-mono text-xs" data-testid="mianjing-text" />
        <Button onClick={() => void copy()}>
          <ClipboardCopy aria-hidden="true" />
          {t("encounters.copy")}
        </Button>
      </DialogContent>
    </Dialog>
  );
}
