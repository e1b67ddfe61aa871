// Today's review, with no I/O: which cards the queue holds and in what order, and the streak.
// The queue is counted by the user's local day (`dayStart`…`dayEnd`, from the time zone setting).

/** A question that may be reviewed, with its card's due date (null: never reviewed). */
export type TQueueCandidate = {
  questionId: string;
  stars: number;
  due: Date | null;
  lastReview: Date | null;
  /** The soonest 笔试/面试 in the next 7 days of a company its set is linked to. */
  interviewAt: Date | null;
};

const GROUPS = ["interview", "starred", "due", "new"] as const;
export type TQueueGroup = (typeof GROUPS)[number];
type TQueueItem = TQueueCandidate & { group: TQueueGroup };

/** New questions (not starred, no interview coming) a day brings into the queue. */
export const NEW_PER_DAY = 20;

/**
 * Where a card goes today, or null when it waits. A card reviewed today waits until tomorrow.
 * Before an interview, a card that would fall due before it comes forward (pull-forward): its
 * recall at the interview would be under the retention aimed at.
 */
export function queueGroupOf(card: TQueueCandidate, dayStart: Date, dayEnd: Date): TQueueGroup | null {
  if (card.lastReview !== null && card.lastReview >= dayStart) return null;
  const dueToday = card.due !== null && card.due < dayEnd;
  if (card.interviewAt !== null && (card.due === null || card.due <= card.interviewAt)) return "interview";
  if (card.stars > 0 && (card.due === null || dueToday)) return "starred";
  if (dueToday) return "due";
  return card.due === null ? "new" : null;
}

const time = (date: Date | null) => date?.getTime() ?? Number.NEGATIVE_INFINITY;

function compare(a: TQueueItem, b: TQueueItem): number {
  const group = GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group);
  if (group !== 0) return group;
  if (a.group === "interview") {
    const sooner = time(a.interviewAt) - time(b.interviewAt);
    if (sooner !== 0) return sooner;
  }
  if (a.group === "new") return 0;
  return b.stars - a.stars || time(a.due) - time(b.due);
}

/**
 * Today's queue in order: cards of sets linked to an interview in the next 7 days (the sooner
 * the interview, the earlier), then ⭐ questions (more stars first), then due cards (most overdue
 * first), then up to `newLeft` new questions in the bank's order. The sort is stable.
 */
export function orderQueue<T extends TQueueCandidate>(candidates: readonly T[], dayStart: Date, dayEnd: Date, newLeft: number): (T & { group: TQueueGroup })[] {
  const items: (T & { group: TQueueGroup })[] = [];
  let fresh = 0;
  for (const card of candidates) {
    const group = queueGroupOf(card, dayStart, dayEnd);
    if (group === null || (group === "new" && fresh++ >= newLeft)) continue;
    items.push({ ...card, group });
  }
  return items.sort(compare);
}

/** Consecutive local days with a review, ending today (or yesterday, when today has none yet). */
export function streakOf(reviewDays: readonly string[], today: string, yesterday: string): number {
  const days = new Set(reviewDays);
  let day = days.has(today) ? today : yesterday;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = previousDay(day);
  }
  return streak;
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
