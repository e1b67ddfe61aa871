"use client";

// A step's test link and the moment it expires (笔试 links do), as the advance and edit dialogs ask for them.
import { useTranslations } from "next-intl";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type TProps = {
  /** Prefix of the two inputs' ids, unique in the page. */
  idPrefix: string;
  link: string;
  onLinkChange: (link: string) => void;
  expiresAt: string;
  onExpiresAtChange: (expiresAt: string) => void;
};

export function EventLinkFields({ idPrefix, link, onLinkChange, expiresAt, onExpiresAtChange }: TProps) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="grid gap-2">
        <Label htmlFor={`${idPrefix}-link`}>{t("companies.actions.link")}</Label>
        <Input id={`${idPrefix}-link`} type="url" placeholder="https://" value={link} onChange={(event) => onLinkChange(event.target.value)} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor={`${idPrefix}-link-expires`}>{t("companies.actions.linkExpiresAt")}</Label>
        <Input id={`${idPrefix}-link-expires`} type="datetime-local" value={expiresAt} onChange={(event) => onExpiresAtChange(event.target.value)} />
      </div>
    </div>
  );
}
