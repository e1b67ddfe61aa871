import { requireApiUser } from "@/lib/auth";
import { localDayOf } from "@/lib/dates/zone";
import { exportBackup } from "@/lib/services/export-backup";
import { exportApplicationsCsv, exportSetsMarkdown } from "@/lib/services/export-text";
import { ZExportFormat } from "@/lib/validation/import";
import { parseOrThrow } from "@/lib/validation/issues";

import { attachment, errorResponse } from "@/lib/http/response";

export const dynamic = "force-dynamic";

/** GET `/api/export?format=json|csv|md`: the signed-in user's data as a download. */
export async function GET(request: Request) {
  try {
    const user = await requireApiUser();
    const format = parseOrThrow(ZExportFormat, new URL(request.url).searchParams.get("format") ?? "json");
    const day = localDayOf(new Date(), user.timeZone);
    const headers = { "Cache-Control": "no-store" };
    if (format === "csv") {
      return new Response(await exportApplicationsCsv(user.id), {
        headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(`offerboard-applications-${day}.csv`) },
      });
    }
    if (format === "md") {
      return new Response(await exportSetsMarkdown(user.id), {
        headers: { ...headers, "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": attachment(`offerboard-sets-${day}.md`) },
      });
    }
    return new Response(await exportBackup(user.id), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": attachment(`offerboard-backup-${day}.json`) },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
