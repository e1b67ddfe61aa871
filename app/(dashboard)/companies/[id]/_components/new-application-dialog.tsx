"use client";

// Start an application: another role, or a second try after 挂 (复活甲).
import { Plus } from "lucide-react";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ToolbarButton } from "@/components/ui/toolbar-button";
import { useTranslations } from "next-intl";

import { startApplicationAction } from "@/components/companies/actions";
import { useUndoToast } from "@/components/companies/use-undo-toast";

type TProps = { companyId: string; offerRevival: boolean };

export function NewApplicationDialog({ companyId, offerRevival }: TProps) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState("");
  const [useRevival, setUseRevival] = useState(offerRevival);
  const [pending, startTransition] = useTransition();
  const { done } = useUndoToast();

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await startApplicationAction({ companyId, role: role.trim(), useRevival: offerRevival && useRevival });
      if (!result.ok) return void toast.error(result.message);
      done(t("companies.detail.started"), result.data.undo);
      setOpen(false);
      setRole("");
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <ToolbarButton icon={Plus}>{t("companies.detail.newApplication")}</ToolbarButton>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{t("companies.detail.newApplicationTitle")}</DialogTitle>
            <DialogDescription>{t("companies.detail.newApplicationBody")}</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="new-application-role">{t("companies.detail.role")}</Label>
            <Input
              id="new-application-role"
              value={role}
              maxLength={60}
              placeholder={t("companies.detail.rolePlaceholder")}
              onChange={(event) => setRole(event.target.value)}
            />
          </div>
          {offerRevival ? (
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" className="mt-0.5 size-4 accent-primary" checked={useRevival} onChange={(event) => setUseRevival(event.target.checked)} />
              {t("companies.detail.useRevival")}
            </label>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {t("companies.detail.start")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
