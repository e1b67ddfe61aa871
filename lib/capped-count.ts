// Counts shown at a glance (the 仪表盘 badge, 需要更新, this week's events) are read without
// counting every row: their statement stops after COUNT_CAP + 1 rows, and a count past the cap
// shows as "99+". Pure, for the server and the browser alike.

/** The largest count shown exactly; a statement reads at most one row more. */
export const COUNT_CAP = 99;

/**
 * How a count read with the cap shows, less the `listed` rows already on screen: exact up to the
 * cap (`12`), else "more than" (`99+`, or `79+` beside 20 listed).
 */
export function cappedLabel(count: number, listed = 0): string {
  return count > COUNT_CAP ? `${COUNT_CAP - listed}+` : String(count - listed);
}
