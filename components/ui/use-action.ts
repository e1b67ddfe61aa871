"use client";

import { useTransition } from "react";
import { toast } from "@/components/ui/toast";

import type { TActionResult } from "@/lib/errors";

type TOptions<T> = {
  success?: string;
  onDone?: (result: TActionResult<T> & { ok: true }) => void;
  /** Shows the error in place (e.g. under a field) instead of a toast. */
  onError?: (message: string) => void;
};

/** Runs a server action in a transition; errors go to a toast (or onError), success to `success`. */
export function useAction() {
  const [pending, startTransition] = useTransition();
  function run<T>(action: () => Promise<TActionResult<T>>, options: TOptions<T> = {}) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        if (options.onError) options.onError(result.message);
        else toast.error(result.message);
        return;
      }
      if (options.success) toast.success(options.success);
      options.onDone?.(result);
    });
  }
  return { pending, run };
}
