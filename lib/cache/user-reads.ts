// Page reads cached per user and data version. User."dataVersion" changes in the same
// transaction as every write to the user's rows (database triggers), and pages read it with the
// session's user, so a cached read is never served after its data changed, whichever process
// wrote. Reads that depend on the clock take `minuteNow()` and carry it in their key.
// READ_CACHE=off turns it off (every read goes to PostgreSQL), to measure what it earns.
import { env } from "@/lib/env.js";

import { settling, type TSettling } from "./settling";

const MAX_ENTRIES = 400;

// Insertion order is recency order: a hit moves its entry to the end, the oldest goes first.
const entries = new Map<string, TSettling<unknown>>();

export type TReader = { id: string; dataVersion: string };

/**
 * `load()`'s result for this user, data version and key. Concurrent callers share one load; a
 * failed load is forgotten. Callers must treat the value as read-only: it is shared.
 */
export function cachedRead<T>(user: TReader, key: string, load: () => Promise<T>): Promise<T> {
  if (env.READ_CACHE === "off") return load();
  const full = `${user.id}\n${user.dataVersion}\n${key}`;
  const hit = entries.get(full) as TSettling<T> | undefined;
  if (hit) {
    entries.delete(full);
    entries.set(full, hit);
    return hit.read();
  }
  const entry: TSettling<T> = settling(load(), (outcome) => {
    if (!outcome.ok && entries.get(full) === entry) entries.delete(full);
  });
  entries.set(full, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return entry.read();
}

/** The current time rounded down to the minute: clock-dependent reads stay cacheable for it. */
export function minuteNow(): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000);
}
