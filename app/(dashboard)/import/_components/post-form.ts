// POSTs a multipart form to one of the import/export route handlers and reads the one result
// shape every action and route handler answers with (`{ ok, data }` or `{ ok: false, code, message }`).
import type { TActionResult } from "@/lib/errors";

export async function postForm<T>(url: string, form: FormData, fallbackMessage: string): Promise<TActionResult<T>> {
  try {
    const response = await fetch(url, { method: "POST", body: form });
    const body = (await response.json().catch(() => null)) as TActionResult<T> | null;
    if (body && typeof body === "object" && "ok" in body) return body;
    return { ok: false, code: "INTERNAL", message: fallbackMessage };
  } catch {
    return { ok: false, code: "INTERNAL", message: fallbackMessage };
  }
}
