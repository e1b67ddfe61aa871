"use client";

// The board's search box (`/` focuses it; name, alias, pinyin or initials, as the companies
// table's): it filters the cards of every column on the server, through the URL (?q=).
import { Search } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

import { Input } from "@/components/ui/input";
import { useTranslations } from "next-intl";

const MAX_LENGTH = 100;

type TProps = { query: string; found: number };

export function BoardSearch({ query, found }: TProps) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [text, setText] = useState(query);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      if ((event.target as HTMLElement).closest("input, textarea, select, [contenteditable=true]")) return;
      // Capture phase, and stop there: on this page `/` means this search, not the top bar's.
      event.preventDefault();
      event.stopPropagation();
      input.current?.focus();
      input.current?.select();
    }
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, []);

  useEffect(() => {
    const q = text.trim();
    if (q === query) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (q) next.set("q", q);
      else next.delete("q");
      const search = next.toString();
      startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }));
    }, 250);
    return () => clearTimeout(timer);
  }, [text, query, params, pathname, router]);

  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1">
      <div className="relative w-full sm:max-w-sm">
        <Search aria-hidden="true" className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
        <Input
          ref={input}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t("board.search.placeholder")}
          aria-label={t("board.search.label")}
          aria-keyshortcuts="/"
          aria-busy={pending}
          data-testid="board-search"
          className="pl-8"
          maxLength={MAX_LENGTH}
        />
      </div>
      {query !== "" ? (
        <p role="status" className="text-sm text-muted-foreground" data-testid="board-search-status">
          {t("board.search.found", { count: found, q: query })}
        </p>
      ) : null}
    </div>
  );
}
