import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { imagesInZip, saveAssets, type TUpload } from "@/lib/services/import-assets";
import { MAX_ASSET_ZIP_BYTES } from "@/lib/validation/import";

import { assertSameOrigin, errorResponse, formOf } from "../import/respond";

export const dynamic = "force-dynamic";

/** POST multipart `files` (images and/or .zip files of the assets folder) → `{ saved, skipped }`. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireApiUser();
    if (Number(request.headers.get("content-length") ?? 0) > MAX_ASSET_ZIP_BYTES + 1024 * 1024) {
      throw new AppError("VALIDATION", "import.errors.zipTooLarge");
    }
    const form = await formOf(request);
    const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length === 0) throw new AppError("VALIDATION", "import.errors.noFile");
    const uploads: TUpload[] = [];
    let skipped = 0;
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!file.name.toLowerCase().endsWith(".zip")) {
        uploads.push({ name: file.name, bytes });
        continue;
      }
      const zip = await imagesInZip(bytes);
      uploads.push(...zip.images);
      skipped += zip.skipped;
    }
    const result = await saveAssets(user.id, uploads);
    return Response.json({ ok: true, data: { saved: result.saved, skipped: result.skipped + skipped } });
  } catch (error) {
    return errorResponse(error);
  }
}
