"use client";

// The toast after an application change (company page, board): its message, and undo while the
// server gave a token. Undo goes through the server, which refuses it if anything changed since;
// then the page reloads the fresh data.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { undoApplicationChangeAction } from "@/components/companies/actions";
import { toast } from "@/components/ui/toast";
import type { TActionResult } from "@/lib/errors";

export function useUndoToast() {
  const t = useTranslations();
  const router = useRouter();

  /** Shows a refused change's message; a version conflict reloads the page's data. */
  function failed(result: Extract<TActionResult, { ok: false }>) {
    toast.error(result.message);
    if (result.code === "VERSION_CONFLICT") router.refresh();
  }

  async function undo(token: string) {
    const result = await undoApplicationChangeAction({ token });
    if (!result.ok) return failed(result);
    toast.success(t("companies.undoChange.undone"));
  }

  function done(message: string, token: string | null) {
    const action = token ? { label: t("companies.undo"), onClick: () => void undo(token) } : undefined;
    toast.success(message, action ? { duration: 8000, action } : undefined);
  }

  return { done, failed };
}
