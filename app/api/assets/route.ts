import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, readMultipart, type TBodyLimits } from "@/lib/http/request";
import { errorResponse } from "@/lib/http/response";
import { UploadedImages } from "@/lib/assets/uploaded-images";
import { processSlots } from "@/lib/process-slots";
import { saveAssets } from "@/lib/services/import-assets";
import { MAX_ASSET_ZIP_BYTES } from "@/lib/validation/import";

export const dynamic = "force-dynamic";

/** Uploads inflating images in this process at once: each may hold 50 MB of them. */
const uploadSlots = processSlots(2, 8);

const LIMITS = { bodyBytes: MAX_ASSET_ZIP_BYTES + 1024 * 1024, fileBytes: MAX_ASSET_ZIP_BYTES, files: 200, tooLarge: "import.errors.zipTooLarge" } satisfies TBodyLimits;

/** POST multipart `files` (images and/or .zip files of the assets folder) → `{ saved, skipped }`. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireApiUser();
    const data = await uploadSlots(async () => {
      const uploaded = new UploadedImages();
      let files = 0;
      await readMultipart(request, LIMITS, async ({ name, stream }) => {
        files += 1;
        await (name.toLowerCase().endsWith(".zip") ? uploaded.addZip(stream) : uploaded.addImage(name, stream));
      });
      if (files === 0) throw new AppError("VALIDATION", "import.errors.noFile");
      const result = await saveAssets(user.id, uploaded.images);
      return { saved: result.saved, skipped: result.skipped + uploaded.skipped };
    });
    return Response.json({ ok: true, data });
  } catch (error) {
    return errorResponse(error);
  }
}
