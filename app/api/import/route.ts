import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, bytesOf, readMultipart } from "@/lib/http/request";
import { errorResponse } from "@/lib/http/response";
import { applyImport, previewImport } from "@/lib/services/import";
import { readNotesFile } from "@/lib/services/import-file";
import { MAX_NOTES_BYTES, ZImportForm } from "@/lib/validation/import";
import type { TMessageKey } from "@/lib/i18n/types";

export const dynamic = "force-dynamic";

const LIMITS = { bodyBytes: MAX_NOTES_BYTES + 1024 * 1024, fileBytes: MAX_NOTES_BYTES, files: 1, tooLarge: "import.errors.tooLarge" };

/**
 * POST multipart `file` (.md/.txt notes), `year`, `mode` (preview | apply) and `decisions` (JSON
 * list of `{ a, b, accept }` answers to suggested merges) → `{ ok: true, data: report }`.
 * The /import page and scripts use it; `npm run notes:import` does the same from a terminal.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireApiUser();
    const files: { name: string; bytes: Uint8Array }[] = [];
    const fields = await readMultipart(request, LIMITS, async ({ name, stream }) => {
      files.push({ name, bytes: await bytesOf(stream) });
    });
    const parsed = ZImportForm.safeParse({
      mode: fields.get("mode"),
      year: fields.get("year"),
      decisions: fields.get("decisions"),
    });
    if (!parsed.success) {
      const key = parsed.error.issues[0]?.message ?? "";
      throw new AppError("VALIDATION", key.startsWith("import.errors.") ? (key as TMessageKey) : "errors.VALIDATION");
    }
    const upload = files[0];
    if (!upload || upload.bytes.byteLength === 0) throw new AppError("VALIDATION", "import.errors.noFile");
    const notes = readNotesFile(upload.name, upload.bytes);
    const input = { fileName: upload.name, ...notes, year: parsed.data.year, decisions: parsed.data.decisions };
    const report = parsed.data.mode === "apply" ? await applyImport(user.id, input) : await previewImport(user.id, input);
    return Response.json({ ok: true, data: report });
  } catch (error) {
    return errorResponse(error);
  }
}
