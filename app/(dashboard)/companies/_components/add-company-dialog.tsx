"use client";

// Add a company in a dialog. A name (or alias) the user already has is refused with a link to
// the existing company; a near match (饿了吗 / 饿了么) is a warning the user may override.
import { Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useTranslations } from "next-intl";
import type { TDuplicate } from "@/lib/services/companies-duplicates";

import { createCompanyAction } from "@/components/companies/actions";
import { CompanyFields, companyInput, type TCompanyDraft } from "@/components/companies/company-fields";

const EMPTY: TCompanyDraft = { name: "", tier: null, aliases: "", website: "", notes: "", revival: false };

export function AddCompanyDialog() {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [duplicates, setDuplicates] = useState<TDuplicate[]>([]);
  const [pending, startTransition] = useTransition();
  const exact = duplicates.some((duplicate) => duplicate.kind === "EXACT");

  function submit(confirmNear: boolean) {
    startTransition(async () => {
      const result = await createCompanyAction({ ...companyInput(draft), confirmNear });
      if (result.ok) {
        toast.success(t("companies.form.created", { name: draft.name.trim() }));
        setOpen(false);
        setDraft(EMPTY);
        setDuplicates([]);
        setErrors({});
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      const found = (result.details as { duplicates?: TDuplicate[] } | undefined)?.duplicates;
      if (result.code === "CONFLICT" && found && found.length > 0) setDuplicates(found);
      else toast.error(result.message);
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(false);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setDuplicates([]);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("companies.addCompany")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("companies.form.title")}</DialogTitle>
            <DialogDescription>{t("companies.form.description")}</DialogDescription>
          </DialogHeader>
          <CompanyFields
            idPrefix="add-company"
            draft={draft}
            errors={errors}
            onChange={(next) => {
              setDraft(next);
              setDuplicates([]);
            }}
          />
          {duplicates.length > 0 ? (
            <div role="alert" className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
              <p className="font-medium">{t(exact ? "companies.form.exactTitle" : "companies.form.nearTitle")}</p>
              <p className="text-muted-foreground">{t(exact ? "companies.duplicateExact" : "companies.duplicateNear")}</p>
              <ul className="mt-2 space-y-1">
                {duplicates.map((duplicate) => (
                  <li key={duplicate.id} className="flex items-center justify-between gap-2">
                    <span>{duplicate.name}</span>
                    <Link className="text-primary underline-offset-4 hover:underline" href={`/companies/${duplicate.id}`}>
                      {t("companies.form.open")}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <DialogFooter>
            {duplicates.length > 0 && !exact ? (
              <Button type="button" variant="outline" disabled={pending} onClick={() => submit(true)}>
                {t("companies.form.submitAnyway")}
              </Button>
            ) : null}
            <Button type="submit" pending={pending} disabled={exact}>
              {t("companies.form.submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
