"use client";

// Which columns show and how dense the rows are; remembered per user (User.preferences).
import { Settings2 } from "lucide-react";

import { DropdownMenuCheckboxItem, DropdownMenuLabel, DropdownMenuRadioGroup, DropdownMenuRadioItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { ToolbarMenu } from "@/components/ui/toolbar-menu";
import { useTranslations } from "next-intl";
import { COMPANY_COLUMN_IDS } from "@/lib/validation/companies-options";
import type { TTablePreferences } from "@/lib/validation/companies";

type TProps = { preferences: TTablePreferences; onChange: (preferences: TTablePreferences) => void };

export function TableSettings({ preferences, onChange }: TProps) {
  const t = useTranslations();
  return (
    <ToolbarMenu icon={Settings2} label={t("companies.columns")} heading={t("companies.columns")} className="w-48">
      {COMPANY_COLUMN_IDS.map((id) => (
        <DropdownMenuCheckboxItem
          key={id}
          checked={!preferences.hidden.includes(id)}
          onSelect={(event) => event.preventDefault()}
          onCheckedChange={(checked) =>
            onChange({
              ...preferences,
              hidden: checked ? preferences.hidden.filter((hidden) => hidden !== id) : [...preferences.hidden, id],
            })
          }
        >
          {t(`companies.col.${id}`)}
        </DropdownMenuCheckboxItem>
      ))}
      <DropdownMenuSeparator />
      <DropdownMenuLabel>{t("companies.density")}</DropdownMenuLabel>
      <DropdownMenuRadioGroup
        value={preferences.density}
        onValueChange={(density) => onChange({ ...preferences, density: density === "compact" ? "compact" : "comfortable" })}
      >
        <DropdownMenuRadioItem value="comfortable">{t("companies.densityComfortable")}</DropdownMenuRadioItem>
        <DropdownMenuRadioItem value="compact">{t("companies.densityCompact")}</DropdownMenuRadioItem>
      </DropdownMenuRadioGroup>
    </ToolbarMenu>
  );
}
