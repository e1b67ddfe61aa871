import { requireApiUser } from "@/lib/auth";
import { attachment, errorResponse } from "@/lib/http/response";
import { readEventIcs } from "@/lib/services/calendar-feed";

export const dynamic = "force-dynamic";

/** GET `/api/calendar/event/<id>`: one of the signed-in user's events as an .ics file with alarms. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireApiUser();
    const { id } = await params;
    const body = await readEventIcs(user, id, new URL(request.url).origin);
    return new Response(body, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "no-store", "Content-Disposition": attachment(`offerboard-${id}.ics`) },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
