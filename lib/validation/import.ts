import { z } from "zod";

// Messages are i18n keys (lib/i18n/messages/*/import.ts), translated where the response is made.

/** Notes uploads: .md or .txt, at most 5 MB. */
export const MAX_NOTES_BYTES = 5 * 1024 * 1024;
export const NOTES_EXTENSIONS = [".md", ".markdown", ".txt"] as const;
/** Images: one file at most 5 MB, a .zip of the assets folder at most 50 MB. */
export const MAX_ASSET_BYTES = 5 * 1024 * 1024;
export const MAX_ASSET_ZIP_BYTES = 50 * 1024 * 1024;
/** A JSON backup (assets inlined as base64) at most 100 MB. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

export const ZSeasonYear = z.coerce
  .number({ message: "import.errors.year" })
  .int("import.errors.year")
  .min(2000, "import.errors.year")
  .max(2100, "import.errors.year");

export const ZMergeDecision = z.object({
  a: z.string().min(1).max(200),
  b: z.string().min(1).max(200),
  accept: z.boolean(),
});

export const ZMergeDecisions = z.array(ZMergeDecision).max(1000);

/** The form fields next to the uploaded notes file (`/api/import`). */
export const ZImportForm = z.object({
  mode: z.enum(["preview", "apply"]).default("preview"),
  year: ZSeasonYear,
  decisions: z
    .string()
    .max(200_000)
    .default("[]")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "import.errors.decisions" });
        return z.NEVER;
      }
    })
    .pipe(ZMergeDecisions),
});
export type TImportForm = z.infer<typeof ZImportForm>;

export const ZExportFormat = z.enum(["json", "csv", "md"], { message: "import.errors.format" });
export type TExportFormat = z.infer<typeof ZExportFormat>;

/** An image file name as the notes reference it (`assets/1740404861907.png` → the base name). */
export const ZAssetName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.\- ]+\.(?:png|jpe?g|gif|webp)$/iu, "import.errors.assetName");
