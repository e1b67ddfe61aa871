import { readCalendarFeed } from "@/lib/services/calendar-feed";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET `/api/calendar/<token>.ics`: the private feed calendar apps subscribe to. Any token that
 * is not a current one is the same bare 404. An unchanged feed answers 304 to its ETag without being built.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token: segment } = await params;
  if (!segment.endsWith(".ics")) return notFound();
  const feed = await readCalendarFeed(segment.slice(0, -".ics".length), new URL(request.url).origin);
  if (feed === null) return notFound();
  const headers = { ETag: feed.etag, "Cache-Control": "private, no-cache", "X-Robots-Tag": "noindex" };
  const match = request.headers.get("if-none-match");
  if (match?.split(",").some((tag) => tag.trim().replace(/^W\//u, "") === feed.etag)) return new Response(null, { status: 304, headers });
  return new Response(await feed.body(), { headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8" } });
}
