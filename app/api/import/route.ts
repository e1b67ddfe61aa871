import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, bytesOf, readMultipart, type TBodyLimits } from "@/lib/http/request";
import { errorResponse } from "@/lib/http/response";
import { applyImport, previewImport } from "@/lib/services/import";
import { readNotesFile } from "@/lib/notes/notes-file";
import { MAX_NOTES_BYTES, ZImportForm } from "@/lib/validation/import";
import { parseOrThrow } from "@/lib/validation/issues";

export const dynamic = "force-dynamic";

const LIMITS = { bodyBytes: MAX_NOTES_BYTES + 1024 * 1024, fileBytes: MAX_NOTES_BYTES, files: 1, tooLarge: "import.errors.tooLarge" } satisfies TBodyLimits;

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
    const form = parseOrThrow(ZImportForm, { mode: fields.get("mode"), year: fields.get("year"), decisions: fields.get("decisions") });
    const upload = files[0];
    if (!upload) throw new AppError("VALIDATION", "import.errors.noFile");
    const notes = readNotesFile(upload.name, upload.bytes);
    const input = { fileName: upload.name, ...notes, year: form.year, decisions: form.decisions };
    const report = form.mode === "apply" ? await applyImport(user.id, input) : await previewImport(user.id, input);
    return Response.json({ ok: true, data: report });
  } catch (error) {
    return errorResponse(error);
  }
}
