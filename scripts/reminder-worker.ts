// `npm run reminders:worker`: runs the reminder queue's workers in a process of their own, beside
// web servers started with REMINDER_WORKER=false (or beside others: each reminder still goes out
// once). Needs DATABASE_URL, the app's database. REMINDER_SWEEP_SECONDS makes it look for due
// reminders that often instead of each minute.
import { parseEnv } from "@/lib/env-schema.js";

import { fail } from "./cli";

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL must be set: the worker sends the reminders of the app's database");
  const { enqueueDueReminders, startReminderQueue } = await import("@/lib/reminders/queue");
  const sweepSeconds = env.REMINDER_SWEEP_SECONDS;
  const boss = await startReminderQueue({ connectionString: env.DATABASE_URL, schedule: sweepSeconds === undefined, pollingIntervalSeconds: sweepSeconds ? 0.5 : 2 });
  const sweep = () => enqueueDueReminders(boss, new Date()).catch((error: unknown) => console.error("[offerboard] reminder sweep:", error));
  const timer = sweepSeconds ? setInterval(() => void sweep(), sweepSeconds * 1000) : null;
  console.error(`[offerboard] reminder worker ${process.pid} ready`);
  const stop = async () => {
    if (timer) clearInterval(timer);
    await boss.stop({ graceful: true, wait: true });
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch(fail);
