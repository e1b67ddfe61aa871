import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { applyImport, previewImport } from "@/lib/services/import";
import { readNotesFile } from "@/lib/services/import-file";
import { MAX_NOTES_BYTES, ZImportForm } from "@/lib/validation/import";

import { assertSameOrigin, errorResponse, fileOf, formOf } from "./respond";

export const dynamic = "force-dynamic";

/**
 * POST multipart `file` (.md/.txt notes), `year`, `mode` (preview | apply) and `decisions` (JSON
 * list of `{ a, b, accept }` answers to suggested merges) → `{ ok: true, data: report }`.
 * The /import page and scripts use it; `npm run notes:import` does the same from a terminal.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireApiUser();
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_NOTES_BYTES + 1024 * 1024) throw new AppError("VALIDATION", "import.errors.tooLarge");
    const form = await formOf(request);
    const parsed = ZImportForm.safeParse({
      mode: form.get("mode") ?? undefined,
      year: form.get("year") ?? undefined,
      decisions: form.get("decisions") ?? undefined,
    });
    if (!parsed.success) {
      const key = parsed.error.issues[0]?.message ?? "";
      throw new AppError("VALIDATION", key.startsWith("import.errors.") ? key : "errors.VALIDATION");
    }
    const file = fileOf(form, "file");
    const notes = readNotesFile(file.name, new Uint8Array(await file.arrayBuffer()));
    const input = { fileName: file.name, ...notes, year: parsed.data.year, decisions: parsed.data.decisions };
    const report = parsed.data.mode === "apply" ? await applyImport(user.id, input) : await previewImport(user.id, input);
    return Response.json({ ok: true, data: report });
  } catch (error) {
    return errorResponse(error);
  }
}
