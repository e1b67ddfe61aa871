import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Tier } from "@/lib/generated/prisma/enums";
import { linkSet } from "@/lib/services/prep-links";
import { listPrepareNext } from "@/lib/services/prep-next";
import { createSet } from "@/lib/services/questions";
import { createQuestion, setMastery } from "@/lib/services/questions-items";

import { createTestUser } from "../helpers/users";

// 准备下一场 walks each linked set's open questions on an index, a few per set; what it shows must
// be what the whole list says: the company's questions not known yet, ⭐ first (written before
// placeholders, more stars first, then position), then the others (written first, then
// position), the first few of each, whatever the sets' sizes, stars and mastery.

const NOW = new Date("2026-06-01T08:00:00Z");

type TQuestion = { set: number; stars: number; placeholder: boolean; mastery: "NEW" | "LEARNING" | "KNOWN" };
type TMade = TQuestion & { id: string; known: boolean };
const question: fc.Arbitrary<TQuestion> = fc.record({
  set: fc.nat(2),
  stars: fc.constantFrom(0, 0, 1, 2, 3),
  placeholder: fc.boolean(),
  mastery: fc.constantFrom("NEW" as const, "LEARNING" as const, "KNOWN" as const),
});

describe("准备下一场's open questions", { timeout: 300_000 }, () => {
  it("are the first of the company's whole list, in its order, for random sets", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(question, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), async (questions, itemsPerEvent) => {
        const { id: userId } = await createTestUser();
        const { id: companyId } = await db.company.create({ data: { userId, name: "公司", normalizedName: "公司", tier: Tier.A }, select: { id: true } });
        const application = await db.application.create({ data: { userId, companyId }, select: { id: true } });
        await db.stageEvent.create({ data: { userId, applicationId: application.id, position: 0, stage: "INTERVIEW", scheduledAt: new Date(NOW.getTime() + 86_400_000) } });
        const sets = [];
        for (const title of ["甲", "乙", "丙"]) sets.push((await createSet(userId, { title })).id);
        // The third set is not linked: its questions never show.
        for (const setId of sets.slice(0, 2)) await linkSet(userId, { companyId, setId });
        const made: TMade[] = [];
        for (const [index, q] of questions.entries()) {
          const { id } = await createQuestion(userId, { setId: sets[q.set]!, title: `题${index}`, answerMd: q.placeholder ? "" : "答", stars: q.stars });
          if (!q.placeholder && q.mastery !== "NEW") await setMastery(userId, { questionId: id, status: q.mastery }, NOW);
          made.push({ ...q, id, known: !q.placeholder && q.mastery === "KNOWN" });
        }

        const open = made.filter((q) => q.set < 2 && !q.known);
        const position = (q: TMade) => made.filter((other) => other.set === q.set).indexOf(q);
        const byOrder = (a: TMade, b: TMade) => position(a) - position(b) || (a.id < b.id ? -1 : 1);
        const starred = open.filter((q) => q.stars > 0).sort((a, b) => Number(a.placeholder) - Number(b.placeholder) || b.stars - a.stars || byOrder(a, b));
        const plain = open.filter((q) => q.stars === 0).sort((a, b) => Number(a.placeholder) - Number(b.placeholder) || byOrder(a, b));
        const expected = [...starred.slice(0, itemsPerEvent), ...plain.slice(0, itemsPerEvent)].slice(0, itemsPerEvent).map((q) => q.id);
        const total = made.filter((q) => q.set < 2).length;
        const done = made.filter((q) => q.set < 2 && q.known).length;

        const [event] = await listPrepareNext(userId, NOW, 1, itemsPerEvent);
        expect(event!.items.map((item) => item.id)).toEqual(expected);
        expect(event!.progress).toEqual(total > 0 ? expect.objectContaining({ done, total }) : null);
        expect(event!.more).toBe(Math.max(0, total - done - expected.length));
      }),
      { numRuns: 25, seed: 20261207 },
    );
  });
});
