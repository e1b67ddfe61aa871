import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, readMultipart, type TBodyLimits } from "@/lib/http/request";
import { errorResponse } from "@/lib/http/response";
import { restoreBackup } from "@/lib/services/restore";
import { MAX_BACKUP_BYTES } from "@/lib/validation/import";

export const dynamic = "force-dynamic";

const LIMITS = { bodyBytes: MAX_BACKUP_BYTES + 64 * 1024, fileBytes: MAX_BACKUP_BYTES, files: 1, tooLarge: "import.errors.backupTooLarge" } satisfies TBodyLimits;

/**
 * POST multipart `file` (a JSON backup from /api/export?format=json) → restores into this empty
 * account. The backup is written to a temporary file as it arrives (never held whole in memory),
 * then restored from it.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireApiUser();
    let result: { restored: number } | null = null;
    await readMultipart(request, LIMITS, async ({ stream }) => {
      result = await restoreBackup(user.id, stream);
    });
    if (!result) throw new AppError("VALIDATION", "import.errors.noFile");
    return Response.json({ ok: true, data: result });
  } catch (error) {
    return errorResponse(error);
  }
}
