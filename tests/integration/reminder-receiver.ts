import { afterAll, beforeAll, beforeEach, vi } from "vitest";

import { saveReminderChannel } from "@/lib/services/reminders";
import { companyWithInterview } from "@/tests/helpers/interviews";
import { createTestUser } from "@/tests/helpers/users";
import { startWebhookReceiver } from "@/tests/helpers/webhook-receiver";

// The reminder tests' webhook: a real local receiver, reached over loopback (which the instance
// is told to allow), emptied before each test.

export function reminderReceiver() {
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  beforeAll(async () => {
    vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "true");
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await receiver.close();
  });
  beforeEach(() => receiver.reset());

  return {
    get answer() {
      return receiver.answer;
    },
    at: (path: string) => receiver.at(path),
    attempts: (path: string) => receiver.attempts(path),
    /** A user with a webhook at `path` of the receiver and one pending 二面 at `scheduledAt`. */
    async userWithEvent(path: string, scheduledAt: Date, preset: "GENERIC" | "WECOM" = "GENERIC") {
      const user = await createTestUser();
      const { eventId } = await companyWithInterview(user.id, "字节跳动", scheduledAt, "二面");
      await saveReminderChannel(user.id, { preset, url: `${receiver.url}${path}` });
      return { user, eventId };
    },
  };
}
