import { Search } from "lucide-react";

import { Input } from "@/components/ui/input";
import { getTranslations } from "next-intl/server";

/** A plain GET form to /questions/search: works without JavaScript, the URL is the state. */
export async function SearchForm({ defaultValue = "", autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  const t = await getTranslations();
  return (
    <form action="/questions/search" role="search" className="relative">
      <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input
        type="search"
        name="q"
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        maxLength={100}
        placeholder={t("questions.searchPlaceholder")}
        aria-label={t("questions.search")}
        className="pl-9"
      />
    </form>
  );
}
