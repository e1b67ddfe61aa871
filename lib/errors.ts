// Services throw AppError with a code; one mapper turns it into a status or an action result.
// Messages are i18n keys (see lib/i18n), translated where the response is made.
import type { TMessageKey } from "@/lib/i18n/types";

const ERROR_STATUS = {
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  VALIDATION: 400,
  FORBIDDEN: 403,
  TOO_LARGE: 413,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  FORBIDDEN_MOVE: 422,
  RATE_LIMITED: 429,
  REGISTRATION_CLOSED: 403,
  INTERNAL: 500,
} as const;

type TErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: TErrorCode;
  readonly messageKey: TMessageKey;
  readonly details?: unknown;

  constructor(code: TErrorCode, messageKey?: TMessageKey, details?: unknown) {
    super(messageKey ?? `errors.${code}`);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey ?? `errors.${code}`;
    this.details = details;
  }
}

type TActionError = {
  ok: false;
  code: TErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  details?: unknown;
};
/** What every server action (and route handler answering JSON) returns: one shape. */
export type TActionResult<T = undefined> = { ok: true; data: T } | TActionError;

type TTranslateParams = Record<string, string | number>;

/**
 * An AppError's details, read by convention: `fields` (field → message keys, from a failed parse)
 * and `field` (the one field the message is about) place messages under form fields; plain values
 * fill the message's `{placeholders}`.
 */
function detailsOf(details: unknown) {
  if (typeof details !== "object" || details === null) return { params: undefined, fields: undefined, field: undefined, rest: details };
  const { fields, field, ...rest } = details as { fields?: Record<string, string[]>; field?: string };
  const entries = Object.entries(rest);
  const params = entries.every(([, value]) => typeof value === "string" || typeof value === "number") ? (rest as TTranslateParams) : undefined;
  return { params, fields, field, rest: entries.length > 0 ? rest : undefined };
}

/** The one place an error becomes something a client may see; unknown errors are logged, not shown. */
export function toActionError(error: unknown, translate: (key: TMessageKey, params?: TTranslateParams) => string): TActionError {
  if (error instanceof AppError) {
    const { params, fields, field, rest } = detailsOf(error.details);
    const message = translate(error.messageKey, params);
    const result: TActionError = { ok: false, code: error.code, message };
    if (fields) result.fieldErrors = Object.fromEntries(Object.entries(fields).map(([name, keys]) => [name, keys.map((key) => translate(key as TMessageKey))]));
    if (field) result.fieldErrors = { [field]: [message] };
    if (rest !== undefined) result.details = rest;
    return result;
  }
  console.error("[offerboard] unexpected error", error);
  return { ok: false, code: "INTERNAL", message: translate("errors.INTERNAL") };
}

export function statusOf(error: unknown): number {
  return error instanceof AppError ? ERROR_STATUS[error.code] : 500;
}

/** Services assert the user id they are handed, so an ownership filter is never undefined. */
export function assertUserId(userId: unknown): asserts userId is string {
  if (typeof userId !== "string" || userId.length === 0) throw new AppError("UNAUTHORIZED");
}
