import JSZip from "jszip";

import { db, transaction } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { MAX_ASSET_BYTES, MAX_ASSET_ZIP_BYTES, ZAssetName } from "@/lib/validation/import";

export type TUpload = { name: string; bytes: Uint8Array };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  prefix.every((b, i) => bytes[offset + i] === b);

/** The image type its bytes say (png, jpeg, gif, webp), or null: the name's extension is not trusted. */
export function sniffImageType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

/** `assets/sub/1740404861907.png` → `1740404861907.png` (notes link images by base name). */
export const baseName = (path: string) => path.split(/[\\/]/u).at(-1) ?? path;

/** The images inside a .zip of the assets folder (other files and folders are skipped). */
export async function imagesInZip(bytes: Uint8Array): Promise<{ images: TUpload[]; skipped: number }> {
  if (bytes.byteLength > MAX_ASSET_ZIP_BYTES) throw new AppError("VALIDATION", "import.errors.zipTooLarge");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError("VALIDATION", "import.errors.zip");
  }
  const images: TUpload[] = [];
  let skipped = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const name = baseName(entry.name);
    if (name.startsWith(".") || entry.name.startsWith("__MACOSX/") || !ZAssetName.safeParse(name).success) {
      skipped += 1;
      continue;
    }
    images.push({ name, bytes: await entry.async("uint8array") });
  }
  return { images, skipped };
}

/**
 * Stores uploaded images by file name (a second upload of the same name replaces the first), in
 * one transaction. Files that are not png/jpeg/gif/webp by name and content are skipped.
 */
export async function saveAssets(userId: string, uploads: readonly TUpload[]): Promise<{ saved: number; skipped: number }> {
  assertUserId(userId);
  const rows: { fileName: string; mimeType: string; data: Uint8Array<ArrayBuffer> }[] = [];
  let skipped = 0;
  for (const upload of uploads) {
    const name = baseName(upload.name);
    const mimeType = sniffImageType(upload.bytes);
    if (!ZAssetName.safeParse(name).success || !mimeType) {
      skipped += 1;
      continue;
    }
    if (upload.bytes.byteLength > MAX_ASSET_BYTES) throw new AppError("VALIDATION", "import.errors.assetTooLarge");
    rows.push({ fileName: name, mimeType, data: new Uint8Array(upload.bytes) });
  }
  await transaction(async (tx) => {
    for (const row of rows) {
      await tx.asset.upsert({
        where: { userId_fileName: { userId, fileName: row.fileName } },
        create: { userId, ...row },
        update: { mimeType: row.mimeType, data: row.data },
        select: { id: true },
      });
    }
  }, { timeout: 60_000 });
  return { saved: rows.length, skipped };
}

/** One of the user's images by file name; another user's (or a missing) name is NOT_FOUND. */
export async function getAsset(userId: string, fileName: string): Promise<{ mimeType: string; data: Uint8Array }> {
  assertUserId(userId);
  const asset = await db.asset.findUnique({
    where: { userId_fileName: { userId, fileName } },
    select: { mimeType: true, data: true },
  });
  if (!asset) throw new AppError("NOT_FOUND");
  return asset;
}
