"use client";

// The board's search box (`/` focuses it; name, alias, pinyin or initials, as the companies
// table's): it filters the cards of every column on the server, through the URL (?q=).
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

import { SearchField } from "@/components/ui/search-field";
import { useSearchBox } from "@/components/ui/use-search-box";
import { useTranslations } from "next-intl";

const MAX_LENGTH = 100;

type TProps = { query: string; found: number };

export function BoardSearch({ query, found }: TProps) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const { input, text, type } = useSearchBox(
    query,
    (q) => {
      const next = new URLSearchParams(params);
      if (q) next.set("q", q);
      else next.delete("q");
      const search = next.toString();
      startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }));
    },
    { delay: 250 },
  );

  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1">
      <SearchField
        ref={input}
        value={text}
        onChange={(event) => type(event.target.value)}
        placeholder={t("board.search.placeholder")}
        aria-label={t("board.search.label")}
        aria-busy={pending}
        data-testid="board-search"
        maxLength={MAX_LENGTH}
      />
      {query !== "" ? (
        <p role="status" className="text-sm text-muted-foreground" data-testid="board-search-status">
          {t("board.search.found", { count: found, q: query })}
        </p>
      ) : null}
    </div>
  );
}
