"use client";

// Edit the company's header (name, tier, aliases, website, notes, 复活甲), version-checked:
// if it changed elsewhere since this page loaded, the save is refused and the page reloads.
import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ToolbarButton } from "@/components/ui/toolbar-button";
import { useTranslations } from "next-intl";
import type { TCompanyDetail } from "@/lib/services/companies";

import { updateCompanyAction } from "@/components/companies/actions";
import { CompanyFields, companyInput, type TCompanyDraft } from "@/components/companies/company-fields";

type THeader = Pick<TCompanyDetail, "id" | "name" | "tier" | "aliases" | "website" | "notes" | "revival" | "version">;

const draftOf = (company: THeader): TCompanyDraft => ({
  name: company.name,
  tier: company.tier,
  aliases: company.aliases.join("、"),
  website: company.website ?? "",
  notes: company.notes,
  revival: company.revival,
});

export function EditCompanyDialog({ company }: { company: THeader }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => draftOf(company));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateCompanyAction({ id: company.id, version: company.version, ...companyInput(draft) });
      if (result.ok) {
        toast.success(t("companies.detail.saved"));
        setOpen(false);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      toast.error(result.message);
      if (result.code === "VERSION_CONFLICT") {
        setOpen(false);
        router.refresh();
      }
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setDraft(draftOf(company));
      }}
    >
      <DialogTrigger asChild>
        <ToolbarButton icon={Pencil}>{t("companies.detail.edit")}</ToolbarButton>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("companies.detail.editTitle")}</DialogTitle>
          </DialogHeader>
          <CompanyFields idPrefix="edit-company" draft={draft} errors={errors} onChange={setDraft} />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {t("common.save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
