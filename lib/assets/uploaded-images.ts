// The images of one upload request, read as they arrive and bounded while they are inflated.
// Pure: no database (lib/services/import-assets.ts stores them).
import { Unzip, UnzipInflate } from "fflate";

import { AppError } from "@/lib/errors";
import { MAX_ASSET_BYTES, MAX_ASSET_TOTAL_BYTES, MAX_ASSET_ZIP_BYTES, MAX_ZIP_ENTRIES, ZAssetName } from "@/lib/validation/import";

export type TUpload = { name: string; bytes: Uint8Array };

/** `assets/sub/1740404861907.png` → `1740404861907.png` (notes link images by base name). */
export const baseName = (path: string) => path.split(/[\\/]/u).at(-1) ?? path;

/** Inflating sees at most this much compressed input at a time, so one step yields at most ~16 MB. */
const INFLATE_STEP = 16 * 1024;

/**
 * The images of one upload request (single images and .zip files of the assets folder), bounded
 * while they arrive: an image at most MAX_ASSET_BYTES, all of them at most MAX_ASSET_TOTAL_BYTES
 * inflated, a zip at most MAX_ZIP_ENTRIES entries. Sizes are counted while inflating, so a zip
 * bomb stops at the first limit it passes. Other files and folders in a zip are skipped unread.
 */
export class UploadedImages {
  readonly images: TUpload[] = [];
  skipped = 0;
  private total = 0;

  private count(bytes: number, image: number): void {
    this.total += bytes;
    if (image > MAX_ASSET_BYTES) throw new AppError("TOO_LARGE", "import.errors.assetTooLarge");
    if (this.total > MAX_ASSET_TOTAL_BYTES) throw new AppError("TOO_LARGE", "import.errors.assetsTooLarge");
  }

  /** A single uploaded image file. */
  async addImage(name: string, stream: AsyncIterable<Uint8Array>): Promise<void> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += chunk.byteLength;
      this.count(chunk.byteLength, size);
      chunks.push(chunk);
    }
    this.images.push({ name, bytes: new Uint8Array(Buffer.concat(chunks)) });
  }

  /** The images inside a .zip, read as its bytes arrive. */
  async addZip(stream: AsyncIterable<Uint8Array>): Promise<void> {
    let failure: unknown = null;
    let entries = 0;
    const unzip = new Unzip((entry) => {
      entries += 1;
      if (entries > MAX_ZIP_ENTRIES) failure ??= new AppError("TOO_LARGE", "import.errors.zipEntries");
      const name = baseName(entry.name);
      if (failure || name.startsWith(".") || entry.name.startsWith("__MACOSX/") || !ZAssetName.safeParse(name).success) {
        if (!entry.name.endsWith("/")) this.skipped += 1;
        return;
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      entry.ondata = (error, chunk, final) => {
        if (failure) return;
        try {
          if (error) throw new AppError("VALIDATION", "import.errors.zip");
          size += chunk.byteLength;
          this.count(chunk.byteLength, size);
          chunks.push(chunk);
          if (final) this.images.push({ name, bytes: new Uint8Array(Buffer.concat(chunks)) });
        } catch (caught) {
          failure = caught;
          entry.terminate();
        }
      };
      entry.start();
    });
    unzip.register(UnzipInflate);
    const push = (bytes: Uint8Array, final: boolean) => {
      try {
        unzip.push(bytes, final);
      } catch {
        failure ??= new AppError("VALIDATION", "import.errors.zip");
      }
      if (failure) throw failure;
    };
    let read = 0;
    for await (const chunk of stream) {
      read += chunk.byteLength;
      if (read > MAX_ASSET_ZIP_BYTES) throw new AppError("TOO_LARGE", "import.errors.zipTooLarge");
      for (let at = 0; at < chunk.byteLength; at += INFLATE_STEP) push(chunk.subarray(at, at + INFLATE_STEP), false);
    }
    push(new Uint8Array(0), true);
    if (entries === 0) throw new AppError("VALIDATION", "import.errors.zip");
  }
}
