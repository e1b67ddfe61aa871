// When a season's appointments collide (撞车): each 笔试/面试 lasts its stage's length (settings.ts),
// and two of them clash when they overlap or the gap between them is shorter than the user's
// buffer. Pure: the calendar, the dashboard and the company page call it with events they read.
const MINUTE_MS = 60_000;

export type TTimedEvent = { id: string; start: Date; end: Date };

/**
 * How long after the start of an appointment lasting `minutes` another that starts clashes with
 * it: its length and the buffer (the dashboard's SQL reads it from here too).
 */
export function clashReachMinutes(minutes: number, bufferMinutes: number): number {
  return minutes + Math.max(0, bufferMinutes);
}

/**
 * Every event's clashing partners (ids), for events that overlap or sit less than `bufferMinutes`
 * apart. A gap of exactly the buffer is no clash; nor are two events that merely touch with a
 * buffer of 0. Events without a clash are absent from the map. O(n log n + clashes).
 */
export function findClashes(events: readonly TTimedEvent[], bufferMinutes: number): Map<string, string[]> {
  const sorted = [...events].sort((a, b) => a.start.getTime() - b.start.getTime());
  const clashes = new Map<string, string[]>();
  const add = (from: string, to: string) => clashes.set(from, [...(clashes.get(from) ?? []), to]);
  for (const [index, first] of sorted.entries()) {
    const reach = first.start.getTime() + clashReachMinutes((first.end.getTime() - first.start.getTime()) / MINUTE_MS, bufferMinutes) * MINUTE_MS;
    for (let next = index + 1; next < sorted.length; next++) {
      const second = sorted[next]!;
      if (second.start.getTime() >= reach) break;
      add(first.id, second.id);
      add(second.id, first.id);
    }
  }
  return clashes;
}
