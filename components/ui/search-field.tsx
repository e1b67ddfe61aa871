// A list's search box: the input with its magnifier, announcing `/` as its shortcut (the list's
// useSearchBox handles the key), and room after the input for what belongs beside it (a skip link).
import { Search } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

import { Input } from "@/components/ui/input";

export function SearchField({ children, ...props }: Omit<ComponentProps<"input">, "type" | "className"> & { children?: ReactNode }) {
  return (
    <div className="relative w-full sm:max-w-sm">
      <Search aria-hidden="true" className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
      <Input type="search" aria-keyshortcuts="/" className="pl-8" {...props} />
      {children}
    </div>
  );
}
