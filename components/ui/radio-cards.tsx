"use client";

import { RadioGroup } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/utils";

type TOption<V extends string> = { value: V; label: ReactNode; icon?: ReactNode; lang?: string };

type TRadioCardsProps<V extends string> = Omit<ComponentProps<typeof RadioGroup.Root>, "onValueChange" | "value"> & {
  value: V;
  options: readonly TOption<V>[];
  onValueChange: (value: V) => void;
};

/** A row of choices that look like segmented buttons but are a real radio group (arrow keys move). */
export function RadioCards<V extends string>({ value, options, onValueChange, className, ...props }: TRadioCardsProps<V>) {
  return (
    <RadioGroup.Root
      value={value}
      onValueChange={(next) => onValueChange(next as V)}
      className={cn("flex flex-wrap gap-2", className)}
      {...props}
    >
      {options.map((option) => (
        <RadioGroup.Item
          key={option.value}
          value={option.value}
          lang={option.lang}
          className="inline-flex h-9 items-center gap-2 rounded-md border bg-background px-3 text-sm font-medium shadow-xs transition-colors outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:opacity-50 data-[state=checked]:border-primary data-[state=checked]:bg-primary/10 data-[state=checked]:text-primary dark:bg-input/30 [&_svg]:size-4"
        >
          {option.icon}
          {option.label}
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
