import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The reminder workers start from instrumentation's register() in a running server only.
const startReminderQueue = vi.fn(async () => undefined);
vi.mock("@/lib/reminders/queue", () => ({ startReminderQueue }));

async function register(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { register: run } = await import("@/instrumentation");
  await run();
}

const server = { NEXT_RUNTIME: "nodejs", NEXT_PHASE: "phase-production-server", DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", REMINDER_WORKER: undefined };

beforeEach(() => startReminderQueue.mockClear());
afterEach(() => vi.unstubAllEnvs());

describe("starting the reminder workers", () => {
  it("starts them once in a server process on the Node runtime", async () => {
    await register(server);
    expect(startReminderQueue).toHaveBeenCalledExactlyOnceWith({ connectionString: server.DATABASE_URL });
  });

  it("does not start them during next build, on the edge runtime, with REMINDER_WORKER=false or without a database", async () => {
    await register({ ...server, NEXT_PHASE: "phase-production-build" });
    await register({ ...server, NEXT_RUNTIME: "edge" });
    await register({ ...server, REMINDER_WORKER: "false" });
    await register({ ...server, DATABASE_URL: "" });
    expect(startReminderQueue).not.toHaveBeenCalled();
  });
});
