import { requireApiUser } from "@/lib/auth";
import { localDayOf } from "@/lib/dates/zone";
import { attachment, errorResponse } from "@/lib/http/response";
import { exportAnki } from "@/lib/services/encounters-anki";
import { ZAnkiExportQuery } from "@/lib/validation/encounters";
import { parseOrThrow } from "@/lib/validation/issues";

export const dynamic = "force-dynamic";

/** GET `/api/export/anki[?set=<id>]`: a set, or the whole bank, as a file for Anki's importer. */
export async function GET(request: Request) {
  try {
    const user = await requireApiUser();
    const query = parseOrThrow(ZAnkiExportQuery, Object.fromEntries(new URL(request.url).searchParams));
    const { deck, stream } = await exportAnki(user.id, query.set ?? null);
    const name = deck.replaceAll("::", "-").replace(/[\\/:*?"<>|\s]+/gu, "_");
    return new Response(stream, {
      headers: {
        "Cache-Control": "no-store",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": attachment(`${name}-anki-${localDayOf(new Date(), user.timeZone)}.txt`),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
