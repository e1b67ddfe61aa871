import { afterAll, beforeAll, beforeEach, vi } from "vitest";

import { db } from "@/lib/db";
import { saveReminderChannel } from "@/lib/services/reminders";
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
      const company = await db.company.create({ data: { userId: user.id, name: "字节跳动", normalizedName: `字节跳动-${user.id}` }, select: { id: true } });
      const application = await db.application.create({ data: { userId: user.id, companyId: company.id }, select: { id: true } });
      const event = await db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position: 0, stage: "INTERVIEW", label: "二面", scheduledAt }, select: { id: true } });
      await saveReminderChannel(user.id, { preset, url: `${receiver.url}${path}` });
      return { user, eventId: event.id };
    },
  };
}
