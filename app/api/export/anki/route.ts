import { requireApiUser } from "@/lib/auth";
import { localDayOf } from "@/lib/dates/zone";
import { ankiFileName } from "@/lib/anki/notes-file";
import { attachment, errorResponse } from "@/lib/http/response";
import { exportAnki } from "@/lib/services/encounters-anki";
import { ZAnkiExportQuery } from "@/lib/validation/encounters";
import { parseOrThrow } from "@/lib/validation/issues";

export const dynamic = "force-dynamic";

/** GET `/api/export/anki[?set=<id>][&media=1]`: a set, or the whole bank, as a file for Anki's importer (with media=1, a zip with its images). */
export async function GET(request: Request) {
  try {
    const user = await requireApiUser();
    const query = parseOrThrow(ZAnkiExportQuery, Object.fromEntries(new URL(request.url).searchParams));
    const media = query.media === "1";
    const { deck, stream } = await exportAnki(user.id, query.set ?? null, media);
    const name = `${ankiFileName(deck)}-anki-${localDayOf(new Date(), user.timeZone)}`;
    return new Response(stream, {
      headers: {
        "Cache-Control": "no-store",
        "Content-Type": media ? "application/zip" : "text/plain; charset=utf-8",
        "Content-Disposition": attachment(media ? `${name}.zip` : `${name}.txt`),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
