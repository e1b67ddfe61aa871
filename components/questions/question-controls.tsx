"use client";

import { Star } from "lucide-react";
import type { KeyboardEvent } from "react";

import { Button } from "@/components/ui/button";
import type { Mastery } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

import "./question-controls.css";

export const MASTERY_ORDER: Mastery[] = ["NEW", "LEARNING", "KNOWN"];
const nextMastery = (status: Mastery): Mastery => MASTERY_ORDER[(MASTERY_ORDER.indexOf(status) + 1) % 3]!;
/** Keys 1/2/3 set a question's mastery wherever one has focus. */
export const MASTERY_KEYS: Record<string, Mastery> = { "1": "NEW", "2": "LEARNING", "3": "KNOWN" };
/** One click on ⭐ goes 0 → 1 → 2 → 3 → 0. */
export const nextStars = (stars: number) => (stars + 1) % 4;

/** ⭐ 0–3: one click adds a star, the fourth click clears them. */
export function StarButton({ stars, onChange, disabled }: { stars: number; onChange: (stars: number) => void; disabled?: boolean }) {
  const t = useTranslations();
  return (
    <Button
      variant="ghost"
      size="sm"
      className="h-7 gap-0 px-1.5"
      disabled={disabled}
      aria-label={t("questions.starsLabel", { count: stars })}
      title={t("questions.starsLabel", { count: stars })}
      onClick={() => onChange(nextStars(stars))}
    >
      {stars === 0 ? (
        <Star aria-hidden="true" className="text-muted-foreground/50" />
      ) : (
        Array.from({ length: stars }, (_, i) => <Star key={i} aria-hidden="true" className="fill-amber-400 text-amber-400" />)
      )}
    </Button>
  );
}

/** new → learning → known → new, one click. */
export function MasteryButton({ status, onChange, disabled }: { status: Mastery; onChange: (status: Mastery) => void; disabled?: boolean }) {
  const t = useTranslations();
  const name = t(`questions.mastery.${status}`);
  return (
    <button
      type="button"
      disabled={disabled}
      data-mastery={status}
      aria-label={t("questions.masteryCycle", { status: name })}
      title={t("questions.masteryCycle", { status: name })}
      onClick={() => onChange(nextMastery(status))}
      className="mastery-btn"
    >
      {name}
    </button>
  );
}

const PICKED: Record<Mastery, string> = { NEW: "bg-foreground text-background", LEARNING: "bg-warning text-white", KNOWN: "bg-success text-white" };

/**
 * 未学 / 学习中 / 已掌握 side by side: one click picks any of them; as a radio group, Tab reaches
 * the picked one and ←/→ pick its neighbours. `keys` shows the 1/2/3 shortcuts.
 */
export function MasteryPicker({ status, onChange, keys, busy }: { status: Mastery; onChange: (status: Mastery) => void; keys?: boolean; busy?: boolean }) {
  const t = useTranslations();
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const index = (MASTERY_ORDER.indexOf(status) + step + MASTERY_ORDER.length) % MASTERY_ORDER.length;
    onChange(MASTERY_ORDER[index]!);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]')[index]?.focus();
  }
  return (
    <div
      role="radiogroup"
      aria-label={t("questions.masteryLabel")}
      className="inline-flex shrink-0 rounded-full border p-0.5"
      aria-busy={busy}
      onKeyDown={onKeyDown}
    >
      {MASTERY_ORDER.map((value, index) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={status === value}
          tabIndex={status === value ? 0 : -1}
          data-mastery-option={value}
          onClick={() => onChange(value)}
          className={cn(
            "rounded-full px-2.5 py-1 text-xs font-medium whitespace-nowrap transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
            status === value ? PICKED[value] : "text-muted-foreground hover:bg-accent",
          )}
        >
          {keys ? <kbd className="mr-1 hidden font-sans opacity-60 sm:inline">{index + 1}</kbd> : null}
          {t(`questions.mastery.${value}`)}
        </button>
      ))}
    </div>
  );
}
