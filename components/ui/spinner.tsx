import { LoaderCircle } from "lucide-react";
import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

/** A decorative spinner; pair it with visible text (e.g. "登录中…") for screen readers. */
export function Spinner({ className, ...props }: ComponentProps<"svg">) {
  return <LoaderCircle aria-hidden="true" className={cn("size-4 animate-spin", className)} {...props} />;
}
