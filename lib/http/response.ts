// What every route handler answers with: one error mapping and download headers.
import { AppError, statusOf, toActionError } from "@/lib/errors";
import { getTranslations } from "next-intl/server";

/** An AppError's details when they are plain values, for the message's `{placeholders}`. */
function paramsOf(error: unknown): Record<string, string | number> | undefined {
  if (!(error instanceof AppError) || typeof error.details !== "object" || error.details === null) return undefined;
  const entries = Object.entries(error.details);
  return entries.every(([, value]) => typeof value === "string" || typeof value === "number") ? Object.fromEntries(entries) : undefined;
}

/**
 * An error as `{ ok: false, code, message }` with its HTTP status (unknown errors: logged,
 * generic). A message may name what its error's details say (`第 {row} 行`).
 */
export async function errorResponse(error: unknown): Promise<Response> {
  const t = await getTranslations();
  const params = paramsOf(error);
  const body = toActionError(error, (key) => t(key, params));
  return Response.json(body, { status: statusOf(error) });
}

/** `attachment; filename=…` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/gu, "_").replace(/"/gu, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
