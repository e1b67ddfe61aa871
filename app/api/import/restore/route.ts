import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { restoreBackup } from "@/lib/services/restore";
import { MAX_BACKUP_BYTES } from "@/lib/validation/import";

import { assertSameOrigin, errorResponse, fileOf, formOf } from "../respond";

export const dynamic = "force-dynamic";

/** POST multipart `file` (a JSON backup from /api/export?format=json) → restores into this empty account. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireApiUser();
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BACKUP_BYTES) {
      throw new AppError("VALIDATION", "import.errors.backupTooLarge");
    }
    const form = await formOf(request);
    const file = fileOf(form, "file");
    if (file.size > MAX_BACKUP_BYTES) throw new AppError("VALIDATION", "import.errors.backupTooLarge");
    let backup: unknown;
    try {
      backup = JSON.parse(await file.text());
    } catch {
      throw new AppError("VALIDATION", "import.errors.backupFormat");
    }
    return Response.json({ ok: true, data: await restoreBackup(user.id, backup) });
  } catch (error) {
    return errorResponse(error);
  }
}
