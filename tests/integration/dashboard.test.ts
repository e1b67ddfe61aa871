import { describe, expect, it } from "vitest";

import { archiveCompanies } from "@/lib/services/companies";
import { UPCOMING_LIMIT, getDashboard } from "@/lib/services/dashboard";
import { listPrepareNext } from "@/lib/services/prep-next";
import { daysBetween, localDayOf, startOfDayIn } from "@/lib/dates/zone";
import { advance, trackCompany } from "@/tests/helpers/applications";
import { createTestUser } from "@/tests/helpers/users";

/** Monday 2099-03-30 10:00 in Shanghai. */
const NOW = new Date("2099-03-30T02:00:00Z");

describe("dashboard", () => {
  it("counts companies by tier, the funnel with 挂 per stage, this week's events and the next 14 days", async () => {
    const { id: userId } = await createTestUser();
    const { companyId: bytedance } = await trackCompany(userId, { name: "字节跳动", tier: "S" }, [
      advance("APPLIED"),
      advance("ASSESSMENT"),
      advance("WRITTEN_TEST", "2099-04-01T19:00"),
      advance("INTERVIEW", "2099-04-03T10:00", "一面"),
    ]);
    await trackCompany(userId, { name: "米哈游", tier: "A" }, [advance("APPLIED"), advance("WRITTEN_TEST", "2099-04-02T19:00"), { type: "markRejected" }]);
    await trackCompany(userId, { name: "美团", tier: "B" }, [advance("APPLIED"), advance("INTERVIEW", "2099-03-29T20:00"), { type: "markOffer" }]);
    await trackCompany(userId, { name: "京东", tier: "B" }, [advance("APPLIED"), { type: "markRejected" }]);
    const { companyId: huawei } = await trackCompany(userId, { name: "华为", tier: "C" }, [advance("APPLIED"), advance("ASSESSMENT", "2099-03-31T23:30")]);
    await trackCompany(userId, { name: "腾讯", tier: "A" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-20T10:00", "AI面试")]);
    await trackCompany(userId, { name: "小公司", tier: null }, []);
    const { companyId: archived } = await trackCompany(userId, { name: "已归档", tier: "S" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T10:00")]);
    await archiveCompanies(userId, [archived]);
    // Withdrawn with its 面试 still pending (a withdrawal leaves the steps as they are).
    await trackCompany(userId, { name: "已放弃", tier: "B" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T11:00"), { type: "withdraw" }]);

    const data = await getDashboard(userId, "Asia/Shanghai", NOW);
    expect(data.companies).toEqual({ total: 8, byTier: { S: 1, A: 2, B: 3, C: 1, N: 0, NONE: 1 } });
    // This week: the pending 测评/笔试/面试 of the next 7 days (华为, 字节's 一面): not 字节's passed
    // 笔试, 米哈游's failed one, 美团's (past), the archived company's or the withdrawn one's.
    expect(data).toMatchObject({ active: 3, offers: 1, rejected: 2, eventsThisWeek: 2 });
    expect(data.funnel).toEqual([
      { stage: "APPLIED", reached: 7, rejected: 1 },
      { stage: "ASSESSMENT", reached: 6, rejected: 0 },
      { stage: "WRITTEN_TEST", reached: 5, rejected: 1 },
      { stage: "INTERVIEW", reached: 4, rejected: 0 },
      { stage: "OFFER", reached: 1, rejected: 0 },
    ]);
    // Pending only, in date order; 米哈游's failed 笔试, 字节's passed 笔试, 腾讯 (21 days away),
    // the archived company and the withdrawn application are left out.
    expect(data.upcoming).toEqual([
      {
        id: expect.any(String),
        stage: "ASSESSMENT",
        label: "",
        scheduledAt: new Date("2099-03-31T15:30:00Z"),
        companyId: huawei,
        companyName: "华为",
        tier: "C",
        role: "算法",
      },
      expect.objectContaining({ stage: "INTERVIEW", label: "一面", companyId: bytedance, tier: "S", scheduledAt: new Date("2099-04-03T02:00:00Z") }),
    ]);
    // 准备下一场 on the same page leaves the archived company's and the withdrawn application's 面试 out as well.
    expect((await listPrepareNext(userId, NOW)).map((event) => event.companyName)).toEqual(["字节跳动", "腾讯"]);
  });

  it("leaves past events out and reads the 14-day window and days in the user's time zone", async () => {
    const { id: userId } = await createTestUser();
    await trackCompany(userId, { name: "早上", tier: "A" }, [advance("APPLIED"), advance("WRITTEN_TEST", "2099-04-01T07:00")]);
    await trackCompany(userId, { name: "边界", tier: "B" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-12T18:00")]);
    await trackCompany(userId, { name: "已过", tier: "C" }, [advance("APPLIED"), advance("INTERVIEW", "2099-03-30T09:00")]);

    const shanghai = await getDashboard(userId, "Asia/Shanghai", NOW);
    expect(shanghai.upcoming.map((event) => event.companyName)).toEqual(["早上", "边界"]);
    // 2099-04-12 18:00 Shanghai is 03:00 on the 12th in Los Angeles, past its window, which
    // ends at midnight 14 days after its "today" (the 29th there).
    const losAngeles = await getDashboard(userId, "America/Los_Angeles", NOW);
    expect(losAngeles.upcoming.map((event) => event.companyName)).toEqual(["早上"]);

    const morning = shanghai.upcoming[0]!.scheduledAt;
    expect(localDayOf(morning, "Asia/Shanghai")).toBe("2099-04-01");
    expect(localDayOf(morning, "America/Los_Angeles")).toBe("2099-03-31");
    expect(daysBetween(NOW, morning, "Asia/Shanghai")).toBe(2);
    expect(daysBetween(NOW, morning, "America/Los_Angeles")).toBe(2);
    expect(startOfDayIn(NOW, "Asia/Shanghai", 14)).toEqual(new Date("2099-04-12T16:00:00Z"));
    expect(startOfDayIn(NOW, "America/Los_Angeles", 14)).toEqual(new Date("2099-04-12T07:00:00Z"));
  });

  it("never shows another user's companies, applications or events", async () => {
    const { id: owner } = await createTestUser();
    const { id: other } = await createTestUser();
    await trackCompany(owner, { name: "字节跳动", tier: "S" }, [advance("APPLIED"), advance("INTERVIEW", "2099-04-01T10:00", "一面")]);
    await trackCompany(other, { name: "别人的公司", tier: "A" }, [advance("APPLIED"), advance("WRITTEN_TEST", "2099-03-31T19:00")]);
    await trackCompany(other, { name: "美团", tier: "B" }, [advance("APPLIED"), { type: "markOffer" }]);

    const mine = await getDashboard(owner, "Asia/Shanghai", NOW);
    expect(mine.companies.total).toBe(1);
    expect(mine).toMatchObject({ active: 1, offers: 0, rejected: 0, eventsThisWeek: 1 });
    expect(mine.funnel[0]).toEqual({ stage: "APPLIED", reached: 1, rejected: 0 });
    expect(mine.upcoming.map((event) => event.companyName)).toEqual(["字节跳动"]);
    expect(mine.upcomingMore).toBe(false);

    const theirs = await getDashboard(other, "Asia/Shanghai", NOW);
    expect(theirs.upcoming.map((event) => event.companyName)).toEqual(["别人的公司"]);
    expect(theirs.offers).toBe(1);

    const empty = await createTestUser();
    const nothing = await getDashboard(empty.id, "Asia/Shanghai", NOW);
    expect(nothing).toMatchObject({ companies: { total: 0 }, active: 0, upcoming: [], eventsThisWeek: 0 });
    expect(nothing.funnel.every((step) => step.reached === 0)).toBe(true);
    await expect(getDashboard("", "Asia/Shanghai", NOW)).rejects.toThrow();
  });

  it("lists the first UPCOMING_LIMIT upcoming events and says when there are more", async () => {
    const { id: userId } = await createTestUser();
    const names = ["字节跳动", "阿里巴巴", "腾讯", "美团", "京东", "百度", "华为", "小米", "网易", "快手", "拼多多", "滴滴"];
    expect(names.length).toBeGreaterThan(UPCOMING_LIMIT);
    for (const [index, name] of names.entries()) {
      await trackCompany(userId, { name, tier: "B" }, [advance("APPLIED"), advance("INTERVIEW", `2099-04-02T${String(8 + index).padStart(2, "0")}:00`)]);
    }
    const data = await getDashboard(userId, "Asia/Shanghai", NOW);
    expect(data.upcoming.map((event) => event.companyName)).toEqual(names.slice(0, UPCOMING_LIMIT));
    expect(data.upcomingMore).toBe(true);
  });
});
