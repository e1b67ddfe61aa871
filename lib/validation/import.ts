import { z } from "zod";

// Messages are i18n keys (lib/i18n/messages/*/import.ts), translated where the response is made.

/** Notes uploads: .md or .txt, at most 5 MB. */
export const MAX_NOTES_BYTES = 5 * 1024 * 1024;
export const NOTES_EXTENSIONS = [".md", ".markdown", ".txt"] as const;
/** Notes of at most 50,000 lines: a real notes file has a few thousand, and parsing more could exhaust memory. */
export const MAX_NOTES_LINES = 50_000;
/**
 * Images: one file at most 5 MB, a .zip of the assets folder at most 50 MB and 1,000 entries, the
 * images of one upload at most 50 MB in all once inflated.
 */
export const MAX_ASSET_BYTES = 5 * 1024 * 1024;
export const MAX_ASSET_ZIP_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 1000;
export const MAX_ASSET_TOTAL_BYTES = 50 * 1024 * 1024;
/** A JSON backup (assets inlined as base64) at most 100 MB. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

const ZSeasonYear = z.coerce
  .number({ message: "import.errors.year" })
  .int("import.errors.year")
  .min(2000, "import.errors.year")
  .max(2100, "import.errors.year");

const ZMergeDecision = z.object({
  a: z.string().min(1).max(200),
  b: z.string().min(1).max(200),
  accept: z.boolean(),
});

const ZMergeDecisions = z.array(ZMergeDecision).max(1000);

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

export const ZExportFormat = z.enum(["json", "csv", "md"], { message: "import.errors.format" });

/** An image file name as the notes reference it (`assets/1740404861907.png` → the base name). */
export const ZAssetName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.\- ]+\.(?:png|jpe?g|gif|webp)$/iu, "import.errors.assetName");

/** The image types the app stores and serves. */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  prefix.every((b, i) => bytes[offset + i] === b);

/** The image type its bytes say (png, jpeg, gif, webp), or null: the name's extension is not trusted. */
export function sniffImageType(bytes: Uint8Array): (typeof IMAGE_TYPES)[number] | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}
