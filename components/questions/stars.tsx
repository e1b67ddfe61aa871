import { Star } from "lucide-react";

/** ⭐ × n as icons (emoji fonts are not everywhere), with the count for screen readers. */
export function Stars({ count, label }: { count: number; label?: string }) {
  if (count <= 0) return null;
  return (
    <span className="inline-flex shrink-0 items-center" role="img" aria-label={label ?? "★".repeat(count)}>
      {Array.from({ length: count }, (_, index) => (
        <Star key={index} aria-hidden="true" className="size-3.5 fill-amber-400 text-amber-400" />
      ))}
    </span>
  );
}
