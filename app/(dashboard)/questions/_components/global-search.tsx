"use client";

import { Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef } from "react";

import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The top bar's question search, on every signed-in page: "/" focuses it, Enter searches. */
export function GlobalSearch() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
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
          aria-keyshortcuts="/"
          className="h-8 w-full rounded-md border bg-background pr-7 pl-8 text-sm outline-none placeholder:text-muted-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
        />
        <kbd className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border px-1 text-[10px] text-muted-foreground">/</kbd>
      </form>
      <Button asChild variant="ghost" size="icon-sm" className="sm:hidden">
        <Link href="/questions/search" aria-label={t("questions.search")}>
          <Search aria-hidden="true" />
        </Link>
      </Button>
    </>
  );
}
