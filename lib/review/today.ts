// Today's review, with no I/O: the streak of days with a review. (The queue's rule lives with
// its SQL, in lib/services/review-queue.ts.)

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
