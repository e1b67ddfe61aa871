import { Download } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TTranslate } from "@/lib/i18n/types";

/** Each download: where it comes from, its label's key and its test id; the backup comes first. */
const DOWNLOADS = [
  { href: "/api/export?format=json", label: "import.export.json", id: "export-json" },
  { href: "/api/export?format=csv", label: "import.export.csv", id: "export-csv" },
  { href: "/api/export?format=md", label: "import.export.md", id: "export-md" },
  { href: "/api/export/anki", label: "encounters.ankiAll", id: "export-anki" },
  { href: "/api/export/anki?media=1", label: "encounters.ankiZip", id: "export-anki-zip" },
] as const;

/** Download links for /api/export (plain links: the browser saves the attachment). */
export function ExportCard({ t }: { t: TTranslate }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("import.export.heading")}</CardTitle>
        <CardDescription>{t("import.export.description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-2">
        {DOWNLOADS.map(({ href, label, id }, index) => (
          <Button key={id} asChild variant={index === 0 ? "default" : "outline"}>
            <a href={href} download data-testid={id}>
              <Download aria-hidden="true" />
              {t(label)}
            </a>
          </Button>
        ))}
        <p className="w-full text-xs text-muted-foreground">{t("encounters.ankiHint")}</p>
      </CardContent>
    </Card>
  );
}
