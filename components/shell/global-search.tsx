"use client";

import { Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef } from "react";

import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

/** The top bar's question search, on every signed-in page: Ctrl/⌘+K focuses it, Enter searches. */
export function GlobalSearch() {
  const t = useTranslations();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // Not "/": pages such as /companies use it for their own search box.
      if (event.key.toLowerCase() !== "k" || !(event.metaKey || event.ctrlKey) || event.altKey) return;
      if (!input.current || input.current.offsetParent === null) return;
      event.preventDefault();
      input.current.focus();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <form action="/questions/search" role="search" className="relative hidden w-64 sm:block">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
        <input
          ref={input}
          type="search"
          name="q"
          required
          maxLength={100}
          placeholder={t("questions.searchPlaceholder")}
          aria-label={t("questions.search")}
          aria-keyshortcuts="Control+K Meta+K"
          className="h-8 w-full rounded-md border bg-background pr-2 pl-8 text-sm outline-none placeholder:text-muted-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
        />
      </form>
      <Button asChild variant="ghost" size="icon-sm" className="sm:hidden">
        <Link href="/questions/search" aria-label={t("questions.search")}>
          <Search aria-hidden="true" />
        </Link>
      </Button>
    </>
  );
}
