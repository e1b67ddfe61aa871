// Built calendar feeds, kept as UTF-8 bytes under their ETag (which names the user, the data
// version, the origin and the feed's format): a calendar app polling without If-None-Match, or
// several at once, costs one build per change instead of one per poll. Bounded by bytes, the
// oldest first out; READ_CACHE=off turns it off with the page-read cache.
import { env } from "@/lib/env.js";

import { settling, type TSettling } from "./settling";

/** Room for a few of the largest feeds (10,000 events ≈ 4.5 MB) and many ordinary ones. */
const MAX_BYTES = 24 * 1024 * 1024;

type TEntry = { body: TSettling<Uint8Array<ArrayBuffer>>; bytes: number };

// Insertion order is recency order: a hit moves its entry to the end, the oldest goes first.
const entries = new Map<string, TEntry>();
let total = 0;

function evict() {
  for (const [key, entry] of entries) {
    if (total <= MAX_BYTES) return;
    entries.delete(key);
    total -= entry.bytes;
  }
}

/** The feed under `etag`, built once however many ask at the same time; a failed build is forgotten. */
export function cachedFeedBody(etag: string, build: () => Promise<string>): Promise<Uint8Array<ArrayBuffer>> {
  const encoded = () => build().then((text) => new TextEncoder().encode(text));
  if (env.READ_CACHE === "off") return encoded();
  const hit = entries.get(etag);
  if (hit) {
    entries.delete(etag);
    entries.set(etag, hit);
    return hit.body.read();
  }
  const entry: TEntry = {
    body: settling(encoded(), (outcome) => {
      if (entries.get(etag) !== entry) return;
      if (!outcome.ok) {
        entries.delete(etag);
        return;
      }
      entry.bytes = outcome.value.byteLength;
      total += entry.bytes;
      evict();
    }),
    bytes: 0,
  };
  entries.set(etag, entry);
  return entry.body.read();
}
