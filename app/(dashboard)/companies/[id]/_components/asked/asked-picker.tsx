"use client";

// Where the questions of the logging page come from: the bank's search (the same search as the
// question bank's), or titles typed in, one per line.
import { Plus, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { searchAskedAction } from "@/components/encounters/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";

type THit = { id: string; title: string; setTitle: string };

type TProps = {
  pickedIds: ReadonlySet<string>;
  onPick: (hit: THit) => void;
  onType: (titles: string[]) => void;
};

export function AskedPicker({ pickedIds, onPick, onType }: TProps) {
  const t = useTranslations("encounters");
  const { pending, run } = useAction();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<THit[] | null>(null);
  const [typed, setTyped] = useState("");

  function search() {
    if (!query.trim()) return;
    run(() => searchAskedAction({ q: query }), { onDone: (result) => setHits(result.data) });
  }

  function addTyped() {
    const titles = typed.split("\n").map((line) => line.trim()).filter(Boolean);
    if (titles.length === 0) return;
    onType(titles);
    setTyped("");
  }

  return (
    <div className="grid gap-5 md:grid-cols-2">
      <div className="space-y-2">
        <Label htmlFor="asked-search">{t("searchLabel")}</Label>
        <form
          role="search"
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            search();
          }}
        >
          <Input id="asked-search" type="search" value={query} maxLength={100} placeholder={t("searchPlaceholder")} onChange={(event) => setQuery(event.target.value)} />
          <Button type="submit" variant="outline" disabled={pending} aria-label={t("searchLabel")}>
            <Search aria-hidden="true" />
          </Button>
        </form>
        {hits !== null && hits.length === 0 ? <p className="text-sm text-muted-foreground">{t("searchEmpty")}</p> : null}
        {hits && hits.length > 0 ? (
          <ul className="max-h-72 divide-y overflow-y-auto rounded-md border" data-testid="asked-hits">
            {hits.map((hit) => (
              <li key={hit.id} className="flex items-center gap-2 px-3 py-2 text-sm">
                <span className="min-w-0 flex-1">
                  <span className="block break-words">{hit.title}</span>
                  <span className="text-xs text-muted-foreground">{hit.setTitle}</span>
                </span>
                <Button size="sm" variant="ghost" disabled={pickedIds.has(hit.id)} onClick={() => onPick(hit)}>
                  {pickedIds.has(hit.id) ? t("added") : t("add")}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="space-y-2">
        <Label htmlFor="asked-typed">{t("typeLabel")}</Label>
        <Textarea id="asked-typed" rows={4} value={typed} placeholder={t("typePlaceholder")} onChange={(event) => setTyped(event.target.value)} />
        <Button type="button" variant="outline" size="sm" onClick={addTyped}>
          <Plus aria-hidden="true" />
          {t("typeAdd")}
        </Button>
      </div>
    </div>
  );
}
