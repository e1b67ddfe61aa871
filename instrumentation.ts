// Runs once per server process: starts the reminder queue's workers on the Node runtime of a
// running server (not during `next build`, and not where REMINDER_WORKER=false, e.g. browser tests).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env.js");
  if (!env.REMINDER_WORKER || !process.env.DATABASE_URL) return;
  const { startReminderQueue } = await import("@/lib/reminders/queue");
  await startReminderQueue({ connectionString: process.env.DATABASE_URL });
}
