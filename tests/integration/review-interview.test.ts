import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { archiveCompanies, restoreCompanies } from "@/lib/services/companies";
import { getCompanyChecklist } from "@/lib/services/prep";
import { listPrepareNext } from "@/lib/services/prep-next";
import { linkSet } from "@/lib/services/prep-links";
import { createSet } from "@/lib/services/questions";
import { createQuestion } from "@/lib/services/questions-items";
import { reviewCard } from "@/lib/services/review";
import { getInterviewReview, listInterviewRecall } from "@/lib/services/review-interview";
import { getReviewToday } from "@/lib/services/review-queue";
import { DEFAULT_REVIEW_PARAMETERS } from "@/lib/validation/review";
import { companyWithInterview } from "@/tests/helpers/interviews";
import { createTestUser } from "@/tests/helpers/users";

// Interview-date mode against the database: the share expected remembered at the interview's
// time, the review for one interview, today's queue putting interview sets first, and another
// user's event as NOT_FOUND.

const NOW = new Date("2026-06-01T02:00:00Z");
const ZONE = "Asia/Shanghai";
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const nextOnCompanyPage = async (userId: string, companyId: string) => (await getCompanyChecklist(userId, companyId, "zh", NOW)).next;

describe("interview-date mode", () => {
  let userId: string;
  let soon: { companyId: string; eventId: string };
  let later: { companyId: string; eventId: string };
  const q: Record<string, string> = {};

  beforeAll(async () => {
    userId = (await createTestUser()).id;
    const a = await createSet(userId, { title: "笔试题" });
    const b = await createSet(userId, { title: "面试题" });
    const other = await createSet(userId, { title: "别的" });
    q.a1 = (await createQuestion(userId, { setId: a.id, title: "a1", answerMd: "答", stars: 0 })).id;
    q.a2 = (await createQuestion(userId, { setId: a.id, title: "a2", answerMd: "答", stars: 0 })).id;
    q.blank = (await createQuestion(userId, { setId: a.id, title: "空", answerMd: "", stars: 0 })).id;
    q.b1 = (await createQuestion(userId, { setId: b.id, title: "b1", answerMd: "答", stars: 0 })).id;
    q.star = (await createQuestion(userId, { setId: other.id, title: "⭐", answerMd: "答", stars: 2 })).id;
    soon = await companyWithInterview(userId, "近的", days(2));
    later = await companyWithInterview(userId, "远的", days(20));
    await linkSet(userId, { companyId: soon.companyId, setId: a.id });
    await linkSet(userId, { companyId: later.companyId, setId: b.id });
    // a1 is well learnt two weeks before; everything else is new.
    await reviewCard(userId, q.a1!, 3, days(-14));
    await reviewCard(userId, q.a1!, 4, days(-10));
  });

  it("gives the share expected remembered at each interview's time, placeholders aside", async () => {
    const recall = await listInterviewRecall(userId, DEFAULT_REVIEW_PARAMETERS, [
      { eventId: soon.eventId, companyId: soon.companyId, scheduledAt: days(2) },
      { eventId: later.eventId, companyId: later.companyId, scheduledAt: days(20) },
    ]);
    const share = recall.get(soon.eventId)!;
    expect(share).toBeGreaterThan(30);
    expect(share).toBeLessThan(50);
    expect(recall.get(later.eventId)).toBe(0);
    const sooner = await listInterviewRecall(userId, DEFAULT_REVIEW_PARAMETERS, [{ eventId: soon.eventId, companyId: soon.companyId, scheduledAt: days(0) }]);
    expect(sooner.get(soon.eventId)!).toBeGreaterThan(share);
    expect((await nextOnCompanyPage(userId, soon.companyId))?.eventId).toBe(soon.eventId);
  });

  it("reviews for one interview, the likeliest forgotten first", async () => {
    const review = await getInterviewReview(userId, ZONE, DEFAULT_REVIEW_PARAMETERS, soon.eventId, NOW);
    expect(review.items.map((item) => item.questionId)).toEqual([q.a2, q.a1]);
    expect(review.due).toBe(2);
    expect(review.event).toMatchObject({ companyName: "近的", label: "一面" });
  });

  it("puts the sooner interview's sets first in today's queue, then ⭐, then the later interview's", async () => {
    const today = await getReviewToday(userId, ZONE, DEFAULT_REVIEW_PARAMETERS, NOW);
    expect(today.items.map((item) => item.questionId)).toEqual([q.a2, q.star, q.b1]);
    const prepared = await listPrepareNext(userId, NOW);
    expect(prepared.map((event) => event.eventId)).toEqual([soon.eventId, later.eventId]);
  });

  it("drops an interview of a withdrawn application or an archived company everywhere: company page, queue and 准备下一场", async () => {
    const owner = (await createTestUser()).id;
    const { companyId, eventId } = await companyWithInterview(owner, "放弃的", days(3));
    const shown = async () => ({
      companyPage: (await nextOnCompanyPage(owner, companyId))?.eventId ?? null,
      prepareNext: (await listPrepareNext(owner, NOW)).map((event) => event.eventId),
    });
    expect(await shown()).toEqual({ companyPage: eventId, prepareNext: [eventId] });
    await db.application.updateMany({ where: { userId: owner, companyId }, data: { outcome: "WITHDRAWN" } });
    expect(await shown()).toEqual({ companyPage: null, prepareNext: [] });
    await db.application.updateMany({ where: { userId: owner, companyId }, data: { outcome: "ACTIVE" } });
    await archiveCompanies(owner, [companyId]);
    expect(await shown()).toEqual({ companyPage: null, prepareNext: [] });
    await restoreCompanies(owner, [companyId]);
    expect(await shown()).toEqual({ companyPage: eventId, prepareNext: [eventId] });
  });

  it("keeps another user's event NOT_FOUND and their recall apart", async () => {
    const bob = (await createTestUser("Bob")).id;
    await expect(getInterviewReview(bob, ZONE, DEFAULT_REVIEW_PARAMETERS, soon.eventId, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const recall = await listInterviewRecall(bob, DEFAULT_REVIEW_PARAMETERS, [{ eventId: soon.eventId, companyId: soon.companyId, scheduledAt: days(2) }]);
    expect(recall.get(soon.eventId)).toBeNull();
    await expect(nextOnCompanyPage(bob, soon.companyId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
