"use client";

// 记录被问到的题: which interview (a 笔试/面试 step of the company, or a day), its round, then the
// questions in the order asked, each answered well or not; saved in one go, with undo.
import { ArrowDown, ArrowUp, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { recordEncountersAction, undoEncountersAction } from "@/components/encounters/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";

import { AskedPicker } from "./asked-picker";

type TStep = { id: string; name: string; label: string; at: Date | null };
type TItem = { key: string; title: string; questionId: string | null; answeredWell: boolean };
type TProps = { companyId: string; steps: TStep[]; initialStepId: string | null; sets: { id: string; title: string }[]; today: string };

const SELECT = "h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs dark:bg-input/30";

export function AskedForm({ companyId, steps, initialStepId, sets, today }: TProps) {
  const t = useTranslations("encounters");
  const format = useFormatter();
  const router = useRouter();
  const { pending, run } = useAction();
  const [stepId, setStepId] = useState(initialStepId ?? steps[0]?.id ?? "");
  const [round, setRound] = useState(steps.find((step) => step.id === stepId)?.label ?? "");
  const [day, setDay] = useState(today);
  const [setId, setSetId] = useState("");
  const [items, setItems] = useState<TItem[]>([]);

  const pickedIds = new Set(items.flatMap((item) => (item.questionId ? [item.questionId] : [])));
  const update = (key: string, change: Partial<TItem>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  function move(index: number, by: number) {
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  }

  function chooseStep(id: string) {
    setStepId(id);
    setRound(steps.find((step) => step.id === id)?.label ?? "");
  }

  function save() {
    const input = {
      companyId,
      eventId: stepId || null,
      round,
      day: stepId ? null : day,
      setId: setId || null,
      items: items.map((item) => (item.questionId ? { questionId: item.questionId, answeredWell: item.answeredWell } : { title: item.title, answeredWell: item.answeredWell })),
    };
    run(() => recordEncountersAction(input), {
      onDone: ({ data }) => {
        setItems([]);
        toast.success(t("saved", { count: data.encounterIds.length }), {
          duration: 8000,
          action: {
            label: t("undo"),
            onClick: () =>
              void undoEncountersAction(data).then((undone) => {
                if (undone.ok) toast.success(t("undone"));
                else toast.error(undone.message);
                router.refresh();
              }),
          },
        });
        router.refresh();
      },
    });
  }

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1.5">
          <Label htmlFor="asked-step">{t("step")}</Label>
          <select id="asked-step" className={SELECT} value={stepId} onChange={(event) => chooseStep(event.target.value)}>
            {steps.map((step) => (
              <option key={step.id} value={step.id}>
                {[step.name, step.label, step.at ? format.dateTime(step.at, "date") : ""].filter(Boolean).join(" · ")}
              </option>
            ))}
            <option value="">{t("noStep")}</option>
          </select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="asked-round">{t("round")}</Label>
          <Input id="asked-round" value={round} maxLength={40} placeholder={t("roundPlaceholder")} onChange={(event) => setRound(event.target.value)} />
        </div>
        {stepId ? null : (
          <div className="space-y-1.5">
            <Label htmlFor="asked-day">{t("day")}</Label>
            <Input id="asked-day" type="date" required value={day} onChange={(event) => setDay(event.target.value)} />
          </div>
        )}
      </div>

      <AskedPicker
        pickedIds={pickedIds}
        onPick={(hit) => setItems((list) => [...list, { key: `q:${hit.id}`, title: hit.title, questionId: hit.id, answeredWell: true }])}
        onType={(titles) => setItems((list) => [...list, ...titles.map((title, i) => ({ key: `n:${Date.now()}:${i}`, title, questionId: null, answeredWell: true }))])}
      />

      <section aria-labelledby="asked-list" className="space-y-3">
        <h2 id="asked-list" className="font-semibold">
          {t("listTitle", { count: items.length })}
        </h2>
        {items.length === 0 ? <p className="text-sm text-muted-foreground">{t("listEmpty")}</p> : null}
        <ol className="space-y-2" data-testid="asked-items">
          {items.map((item, index) => (
            <li key={item.key} className="flex flex-wrap items-center gap-2 rounded-md border px-3 py-2 text-sm">
              <span className="w-6 text-muted-foreground tabular-nums">{index + 1}.</span>
              <span className="min-w-0 flex-1 break-words">
                {item.title}
                {item.questionId ? null : (
                  <Badge variant="secondary" className="ml-2">
                    {t("newBadge")}
                  </Badge>
                )}
              </span>
              <label className="inline-flex items-center gap-1.5 text-xs">
                <input type="checkbox" checked={!item.answeredWell} onChange={(event) => update(item.key, { answeredWell: !event.target.checked })} />
                {t("answeredBadly")}
              </label>
              <Button size="icon-sm" variant="ghost" disabled={index === 0} aria-label={t("moveUp")} onClick={() => move(index, -1)}>
                <ArrowUp aria-hidden="true" />
              </Button>
              <Button size="icon-sm" variant="ghost" disabled={index === items.length - 1} aria-label={t("moveDown")} onClick={() => move(index, 1)}>
                <ArrowDown aria-hidden="true" />
              </Button>
              <Button size="icon-sm" variant="ghost" aria-label={t("remove")} onClick={() => setItems((list) => list.filter((other) => other.key !== item.key))}>
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap items-end gap-4">
          <div className="space-y-1.5">
            <Label htmlFor="asked-set">{t("setLabel")}</Label>
            <select id="asked-set" className={SELECT} value={setId} onChange={(event) => setSetId(event.target.value)}>
              <option value="">{t("setDefault")}</option>
              {sets.map((set) => (
                <option key={set.id} value={set.id}>
                  {set.title}
                </option>
              ))}
            </select>
          </div>
          <Button disabled={pending || items.length === 0} onClick={save}>
            {t("save", { count: items.length })}
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">{t("answeredBadlyHint")}</p>
      </section>
    </div>
  );
}
