// POSTs a multipart form to one of the import/export route handlers and reads `{ ok, data | message }`.
export type TApiResult<T> = { ok: true; data: T } | { ok: false; message: string };

export async function postForm<T>(url: string, form: FormData, fallbackMessage: string): Promise<TApiResult<T>> {
  try {
    const response = await fetch(url, { method: "POST", body: form });
    const body = (await response.json().catch(() => null)) as TApiResult<T> | null;
    if (body && typeof body === "object" && "ok" in body) return body;
    return { ok: false, message: fallbackMessage };
  } catch {
    return { ok: false, message: fallbackMessage };
  }
}
