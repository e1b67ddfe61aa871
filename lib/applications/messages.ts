// A refused move: its code, which the dictionaries translate (companies.moves.<code>).

import type { TMoveError, TMoveErrorCode } from "@/lib/applications/types";

export function moveError(code: TMoveErrorCode): TMoveError {
  return { ok: false, code };
}
