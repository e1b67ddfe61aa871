import { Download } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TTranslate } from "@/lib/i18n/types";

const FORMATS = ["json", "csv", "md"] as const;

/** Download links for /api/export (plain links: the browser saves the attachment). */
export function ExportCard({ t }: { t: TTranslate }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("import.export.heading")}</CardTitle>
        <CardDescription>{t("import.export.description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-2">
        {FORMATS.map((format) => (
          <Button key={format} asChild variant={format === "json" ? "default" : "outline"}>
            <a href={`/api/export?format=${format}`} download data-testid={`export-${format}`}>
              <Download aria-hidden="true" />
              {t(`import.export.${format}`)}
            </a>
          </Button>
        ))}
        <Button asChild variant="outline">
          <a href="/api/export/anki" download data-testid="export-anki">
            <Download aria-hidden="true" />
            {t("encounters.ankiAll")}
          </a>
        </Button>
        <Button asChild variant="outline">
          <a href="/api/export/anki?media=1" download data-testid="export-anki-zip">
            <Download aria-hidden="true" />
            {t("encounters.ankiZip")}
          </a>
        </Button>
        <p className="w-full text-xs text-muted-foreground">{t("encounters.ankiHint")}</p>
      </CardContent>
    </Card>
  );
}
