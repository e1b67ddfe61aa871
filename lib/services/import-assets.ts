import "server-only";

import { baseName, type TUpload } from "@/lib/assets/uploaded-images";
import { db, transaction } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { MAX_ASSET_BYTES, sniffImageType, ZAssetName } from "@/lib/validation/import";

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
  await transaction(userId, async (tx) => {
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
