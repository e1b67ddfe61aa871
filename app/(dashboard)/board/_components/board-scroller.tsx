"use client";

// The board's row of columns. Where they do not all fit (narrower than xl), a button at each edge
// with columns beyond it scrolls them into view, so 挂 is visibly there and reachable by a mouse
// without a sideways wheel. A finger just swipes (the next column shows at the edge): no buttons.
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useEffect, useRef, useState, type ReactNode } from "react";

import { useTranslations } from "next-intl";

type TEdges = { left: boolean; right: boolean };

export function BoardScroller({ children }: { children: ReactNode }) {
  const t = useTranslations();
  const row = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<TEdges>({ left: false, right: false });

  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const measure = () => {
      const left = element.scrollLeft > 1;
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setEdges((current) => (current.left === left && current.right === right ? current : { left, right }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, []);

  function scroll(direction: 1 | -1) {
    const element = row.current;
    element?.scrollBy({ left: direction * element.clientWidth * 0.8, behavior: "smooth" });
  }

  const edge = "absolute top-10 z-10 hidden size-9 pointer-fine:flex items-center justify-center rounded-full border bg-background/95 shadow-md hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none";
  return (
    <div className="relative">
      <div ref={row} className="board" data-testid="board">
        {children}
      </div>
      {edges.left ? (
        <button type="button" className={`${edge} left-1`} onClick={() => scroll(-1)} aria-label={t("board.scrollLeft")} data-testid="board-scroll-left">
          <ChevronLeft aria-hidden="true" className="size-5" />
        </button>
      ) : null}
      {edges.right ? (
        <button type="button" className={`${edge} right-1`} onClick={() => scroll(1)} aria-label={t("board.scrollRight")} data-testid="board-scroll-right">
          <ChevronRight aria-hidden="true" className="size-5" />
        </button>
      ) : null}
    </div>
  );
}
