// What every route handler answers with: one error mapping and download headers.
import { statusOf, toActionError } from "@/lib/errors";
import { getTranslations } from "next-intl/server";

/**
 * An error as `{ ok: false, code, message }` with its HTTP status (unknown errors: logged,
 * generic). A message may name what its error's details say (`第 {row} 行`).
 */
export async function errorResponse(error: unknown): Promise<Response> {
  const body = toActionError(error, await getTranslations());
  return Response.json(body, { status: statusOf(error) });
}

/** `attachment; filename=…` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/gu, "_").replace(/"/gu, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
