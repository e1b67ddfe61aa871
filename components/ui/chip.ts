import { cn } from "@/lib/utils";

/** A filter chip's look: a small pill, filled while its value is chosen. */
export function chipClass(active: boolean) {
  return cn(
    "inline-flex h-7 items-center gap-1.5 rounded-full border px-3 text-xs font-medium transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
    active ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent",
  );
}
