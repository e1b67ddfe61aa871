// Shared by the import, export, restore and asset route handlers: one error mapping and a
// same-origin check for uploads (the session cookie is SameSite=Lax; this also stops cross-site fetches).
import { AppError, statusOf, toActionError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";

/** An error as `{ ok: false, code, message }` with its HTTP status (unknown errors: logged, generic). */
export async function errorResponse(error: unknown): Promise<Response> {
  const t = await getT();
  const body = toActionError(error, t);
  return Response.json(body, { status: statusOf(error) });
}

/** Refuses a POST whose Origin is another site's. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || new URL(origin).host !== host) throw new AppError("UNAUTHORIZED");
}

/** The request's multipart form; an unreadable body is a VALIDATION error (no file). */
export async function formOf(request: Request): Promise<FormData> {
  return request.formData().catch(() => {
    throw new AppError("VALIDATION", "import.errors.noFile");
  });
}

/** The uploaded file of a multipart form field, or a VALIDATION error. */
export function fileOf(form: FormData, field: string): File {
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", "import.errors.noFile");
  return file;
}

/** `attachment; filename=…` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/gu, "_").replace(/"/gu, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
