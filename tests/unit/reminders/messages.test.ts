import { describe, expect, it } from "vitest";

import { reminderMail, reminderMessage } from "@/lib/reminders/messages";

const event = { stage: "WRITTEN_TEST", label: "", scheduledAt: new Date("2026-04-01T11:00:00Z"), link: null, companyId: "c 1", companyName: "美团" };
const reader = { locale: "zh", timeZone: "Asia/Shanghai", times: { eveningAt: "20:00", leadMinutes: 60 }, appUrl: null };

describe("what a reminder says", () => {
  it("names the stage when the event has no label, and the time in the reader's zone", () => {
    expect(reminderMessage("day-before", event, reader, new Date("2026-03-31T12:00:00Z"))).toEqual({ title: "日程提醒", text: "明天 19:00：美团 笔试" });
    expect(reminderMessage("hour-before", event, { ...reader, locale: "en", timeZone: "Europe/London" }, new Date("2026-04-01T10:00:00Z"))).toEqual({ title: "Reminder", text: "Coming up at 12:00: 美团 Written test" });
  });

  it("leaves out the platform link and the company page when there are none, and links the page under the app's URL", () => {
    const bare = reminderMail("day-before", event, reader, new Date("2026-03-31T12:00:00Z"));
    expect(bare.subject).toBe("日程提醒：美团 笔试");
    expect(bare.text).not.toMatch(/平台链接|公司页面/);
    const linked = reminderMail("day-before", { ...event, link: "https://exam.example/t/1" }, { ...reader, appUrl: "https://offerboard.example/" }, new Date("2026-03-31T12:00:00Z"));
    expect(linked.text).toContain("平台链接：https://exam.example/t/1\n公司页面：https://offerboard.example/companies/c%201\n");
  });
});
