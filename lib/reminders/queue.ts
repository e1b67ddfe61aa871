import "server-only";

import pg from "pg";
import PgBoss from "pg-boss";

import { deliverReminder, DELIVERY_RETRIES, findDueReminders, reminderKey, type TReminderJob } from "@/lib/services/reminder-delivery";

// The reminder queue: pg-boss on the app's PostgreSQL, in its own schema. A sweep every minute
// (one at a time across every app process) enqueues the reminders due; each is one job keyed by
// event, reminder and event time (the queue keeps at most one of them waiting or running), and
// delivering it claims its SentReminder row before sending (lib/services/reminder-delivery), so
// each reminder arrives once however many processes run, and a restart loses nothing.

const QUEUE_SCHEMA = "pgboss";
const SWEEP = "reminders-sweep";
const DELIVER = "reminders-deliver";

type TQueueOptions = {
  connectionString: string;
  /** Run the minute sweep on pg-boss's clock (the server); tests call enqueueDueReminders instead. */
  schedule?: boolean;
  /** How often an idle worker looks for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
};

/**
 * Enqueues every reminder due at `now` that has no job waiting, running or retrying, in one
 * statement; returns how many it enqueued. A failed reminder is not due again (findDueReminders)
 * until settings puts it back in line: its retries are the queue's (3, backing off from 30 s), so
 * a webhook that is down is not called again every minute.
 */
export async function enqueueDueReminders(boss: PgBoss, now: Date): Promise<number> {
  const due = await findDueReminders(now);
  if (due.length === 0) return 0;
  const { rows } = await boss.getDb().executeSql(
    `SELECT singleton_key AS key FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND singleton_key = ANY($2::text[]) AND state IN ('created', 'retry', 'active')`,
    [DELIVER, due.map(reminderKey)],
  );
  const queued = new Set(rows.map((row: { key: string }) => row.key));
  const jobs = due.filter((job) => !queued.has(reminderKey(job)));
  if (jobs.length > 0) await boss.insert(jobs.map((job) => ({ name: DELIVER, data: job, singletonKey: reminderKey(job) })));
  return jobs.length;
}

/** An advisory lock key of this module: queue creation, one process at a time. */
const CREATE_LOCK = 7_265_201;

/**
 * Creates the queues that do not exist yet. Two processes creating the same queue at once
 * deadlock inside pg-boss (each creates the queue's partition), so creation holds a PostgreSQL
 * advisory lock on its own connection.
 */
async function createQueues(boss: PgBoss, connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "offerboard-reminders" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [CREATE_LOCK]);
    if (!(await boss.getQueue(SWEEP))) await boss.createQueue(SWEEP, { name: SWEEP, policy: "singleton", expireInSeconds: 300 });
    if (!(await boss.getQueue(DELIVER))) {
      await boss.createQueue(DELIVER, { name: DELIVER, policy: "stately", retryLimit: DELIVERY_RETRIES, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 });
    }
  } finally {
    await client.end();
  }
}

/** Starts pg-boss, its two queues and their workers; stop it with `boss.stop()`. */
export async function startReminderQueue({ connectionString, schedule = true, pollingIntervalSeconds = 2 }: TQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: QUEUE_SCHEMA, application_name: "offerboard-reminders", max: 3, schedule });
  boss.on("error", (error) => console.error("[offerboard] reminder queue:", error));
  await boss.start();
  await createQueues(boss, connectionString);
  if (schedule) await boss.schedule(SWEEP, "* * * * *");
  await boss.work(SWEEP, { pollingIntervalSeconds }, async () => {
    await enqueueDueReminders(boss, new Date());
  });
  await boss.work<TReminderJob>(DELIVER, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    if (job) await deliverReminder(job.data);
  });
  return boss;
}
