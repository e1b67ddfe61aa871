"use client";

// The fields of a company (add dialog and the company page's edit dialog).
import { FormDescription, FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { Tier } from "@/lib/generated/prisma/enums";
import { COMPANY_NAME_MAX } from "@/lib/validation/companies-options";
import { useTranslations } from "next-intl";

export const TIERS: readonly Tier[] = ["S", "A", "B", "C", "N"];
export const selectClass =
  "h-9 w-full rounded-md border border-input bg-transparent px-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 dark:bg-input/30";

export type TCompanyDraft = { name: string; tier: Tier | null; aliases: string; website: string; notes: string; revival: boolean };

/** `字节、ByteDance, 抖音` → ["字节", "ByteDance", "抖音"]. */
function splitAliases(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
}

/** A draft as the create and update actions take it: the aliases as a list. */
export function companyInput(draft: TCompanyDraft) {
  return { ...draft, aliases: splitAliases(draft.aliases) };
}

type TProps = {
  draft: TCompanyDraft;
  onChange: (draft: TCompanyDraft) => void;
  errors?: Record<string, string[]>;
  idPrefix: string;
};

export function CompanyFields({ draft, onChange, errors = {}, idPrefix }: TProps) {
  const t = useTranslations();
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = <K extends keyof TCompanyDraft>(key: K, value: TCompanyDraft[K]) => onChange({ ...draft, [key]: value });
  // Said as soon as it is typed or pasted: a long name is never cut silently.
  const nameLength = draft.name.trim().length;
  const nameErrors =
    nameLength > COMPANY_NAME_MAX ? [t("companies.validation.nameLength", { count: nameLength, max: COMPANY_NAME_MAX })] : errors.name;
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <div className="grid gap-2">
          <Label htmlFor={id("name")}>{t("companies.form.name")}</Label>
          <Input
            id={id("name")}
            name="name"
            value={draft.name}
            required
            autoFocus
            placeholder={t("companies.form.namePlaceholder")}
            aria-invalid={nameErrors ? true : undefined}
            aria-describedby={nameErrors ? id("name-error") : undefined}
            onChange={(event) => set("name", event.target.value)}
          />
          <FormMessage id={id("name-error")} messages={nameErrors} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor={id("tier")}>{t("companies.form.tier")}</Label>
          <select
            id={id("tier")}
            name="tier"
            className={selectClass}
            value={draft.tier ?? ""}
            onChange={(event) => set("tier", (event.target.value || null) as Tier | null)}
          >
            <option value="">{t("companies.tierNone")}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {tier}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="grid gap-2">
        <Label htmlFor={id("aliases")}>{t("companies.form.aliases")}</Label>
        <Input
          id={id("aliases")}
          name="aliases"
          value={draft.aliases}
          onChange={(event) => set("aliases", event.target.value)}
          aria-describedby={id("aliases-hint")}
        />
        <FormDescription id={id("aliases-hint")}>{t("companies.form.aliasesHint")}</FormDescription>
        <FormMessage messages={errors.aliases} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor={id("website")}>{t("companies.form.website")}</Label>
        <Input
          id={id("website")}
          name="website"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={draft.website}
          aria-invalid={errors.website ? true : undefined}
          onChange={(event) => set("website", event.target.value)}
        />
        <FormMessage messages={errors.website} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor={id("notes")}>{t("companies.form.notes")}</Label>
        <Textarea id={id("notes")} name="notes" rows={3} value={draft.notes} onChange={(event) => set("notes", event.target.value)} />
        <FormMessage messages={errors.notes} />
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          checked={draft.revival}
          onChange={(event) => set("revival", event.target.checked)}
        />
        {t("companies.form.revival")}
      </label>
    </div>
  );
}
