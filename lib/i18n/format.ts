// Pure lookup and interpolation, shared by the server helpers and the client provider.
// It imports no dictionary, so client bundles carry only the one they are handed.
import type { TMessageTree, TParams } from "./types";

function resolve(messages: TMessageTree, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Replaces `{name}` with params.name; placeholders without a value are left as written. */
export function interpolate(text: string, params?: TParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The message for a dotted key, or undefined when the dictionary has none. */
export function lookup(messages: TMessageTree, key: string, params?: TParams): string | undefined {
  const text = resolve(messages, key);
  return text === undefined ? undefined : interpolate(text, params);
}

/**
 * What a missing key shows: the key itself, so it is visible and searchable, never blank. The
 * error is logged in production too: on the client it usually means the key's group is not in
 * the page's <I18nScope>, and the end-to-end tests fail on it.
 */
export function missingKey(key: string): string {
  console.error(`[i18n] missing message key: ${key}`);
  return key;
}
