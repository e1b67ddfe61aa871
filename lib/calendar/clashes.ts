// When a season's appointments collide (撞车): each 笔试/面试 lasts its stage's length, and two of
// them clash when they overlap or the gap between them is shorter than the buffer. Pure: the
// calendar page and the company page call it with events they read.
import { Stage } from "@/lib/generated/prisma/enums";

/** How long an appointment of each stage runs, in minutes, when nothing else is known. */
const DEFAULT_LENGTH_MINUTES: Readonly<Record<Stage, number>> = {
  [Stage.TO_APPLY]: 30,
  [Stage.APPLIED]: 30,
  [Stage.ASSESSMENT]: 60,
  [Stage.WRITTEN_TEST]: 120,
  [Stage.INTERVIEW]: 60,
  [Stage.OFFER]: 30,
};

/** Minutes two appointments need between them (travel, a break, a link that opens late). */
export const DEFAULT_BUFFER_MINUTES = 30;

const MINUTE_MS = 60_000;

/** The end of an appointment of `stage` that starts at `start`. */
export function endOf(stage: Stage, start: Date, lengths: Readonly<Record<Stage, number>> = DEFAULT_LENGTH_MINUTES): Date {
  return new Date(start.getTime() + lengths[stage] * MINUTE_MS);
}

export type TTimedEvent = { id: string; start: Date; end: Date };

/**
 * Every event's clashing partners (ids), for events that overlap or sit less than `bufferMinutes`
 * apart. A gap of exactly the buffer is no clash; nor are two events that merely touch with a
 * buffer of 0. Events without a clash are absent from the map. O(n log n + clashes).
 */
export function findClashes(events: readonly TTimedEvent[], bufferMinutes = DEFAULT_BUFFER_MINUTES): Map<string, string[]> {
  const buffer = Math.max(0, bufferMinutes) * MINUTE_MS;
  const sorted = [...events].sort((a, b) => a.start.getTime() - b.start.getTime());
  const clashes = new Map<string, string[]>();
  const add = (from: string, to: string) => clashes.set(from, [...(clashes.get(from) ?? []), to]);
  for (const [index, first] of sorted.entries()) {
    const reach = first.end.getTime() + buffer;
    for (let next = index + 1; next < sorted.length; next++) {
      const second = sorted[next]!;
      if (second.start.getTime() >= reach) break;
      add(first.id, second.id);
      add(second.id, first.id);
    }
  }
  return clashes;
}
