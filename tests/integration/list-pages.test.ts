import { beforeAll, describe, expect, it } from "vitest";

import { BOARD_COLUMNS, boardColumnFor } from "@/lib/applications/board";
import { db } from "@/lib/db";
import type { EventResult, Outcome, Stage, Tier } from "@/lib/generated/prisma/enums";
import { BOARD_COLUMN_LIMIT, listBoard } from "@/lib/services/board";
import { listCompanyTable } from "@/lib/services/companies-table";
import { ZCompanyTableQuery, type TTierFilter } from "@/lib/validation/companies";
import { createTestUser } from "@/tests/helpers/users";

// The board and the companies table sorted by next event read a page from indexes and kept
// counts; here both are compared with the same pages computed from every row of a varied user
// (archived companies, every outcome, pending and decided events in the past and the future,
// events at the same instant).

const NOW = new Date("2026-06-01T00:00:00Z");
const STAGES: Stage[] = ["TO_APPLY", "APPLIED", "ASSESSMENT", "WRITTEN_TEST", "INTERVIEW", "OFFER"];
const OUTCOMES: Outcome[] = ["ACTIVE", "ACTIVE", "OFFER", "REJECTED", "WITHDRAWN"];
const TIERS: (Tier | null)[] = ["S", "A", "B", null];

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tierKey = (tier: Tier | null): TTierFilter => tier ?? "NONE";
const pinyin = new Intl.Collator("zh");

describe("list pages read from indexes and kept counts", { timeout: 120_000 }, () => {
  let userId: string;
  const companies: { id: string; name: string; tier: Tier | null; archived: boolean; updatedAt: Date; applications: number }[] = [];
  const applications: { id: string; companyId: string; stage: Stage; outcome: Outcome; updatedAt: Date; version: number; role: string }[] = [];
  const events: { id: string; applicationId: string; scheduledAt: Date; result: EventResult }[] = [];

  beforeAll(async () => {
    userId = (await createTestUser("列表")).id;
    const pick = random(20261205);
    for (let i = 0; i < 60; i++) {
      const name = `列表公司${i}`;
      const company = await db.company.create({
        data: { userId, name, normalizedName: name, tier: TIERS[pick(TIERS.length)]!, updatedAt: new Date(NOW.getTime() - pick(50) * 3_600_000) },
      });
      companies.push({ id: company.id, name, tier: company.tier, archived: false, updatedAt: company.updatedAt, applications: 0 });
      for (let a = pick(4); a > 0; a--) {
        const application = await db.application.create({
          data: {
            userId,
            companyId: company.id,
            role: `岗位${a}`,
            stage: STAGES[pick(STAGES.length)]!,
            outcome: OUTCOMES[pick(OUTCOMES.length)]!,
            // Whole hours apart: several applications changed at the same instant.
            updatedAt: new Date(NOW.getTime() - pick(30) * 3_600_000),
          },
        });
        applications.push({ ...application });
        companies.at(-1)!.applications += 1;
        for (let e = pick(4); e > 0; e--) {
          const event = await db.stageEvent.create({
            data: {
              userId,
              applicationId: application.id,
              position: e,
              stage: "INTERVIEW",
              // Past and future, whole days apart: several events at the same instant.
              scheduledAt: new Date(NOW.getTime() + (pick(12) - 4) * 86_400_000),
              result: pick(3) === 0 ? "PASSED" : "PENDING",
            },
          });
          events.push({ id: event.id, applicationId: application.id, scheduledAt: event.scheduledAt!, result: event.result });
        }
      }
    }
    // Every seventh company archived (its applications leave the board and the counts).
    const archived = companies.filter((_, index) => index % 7 === 3);
    await db.company.updateMany({ where: { id: { in: archived.map((company) => company.id) } }, data: { archivedAt: NOW } });
    for (const company of archived) company.archived = true;
    // Company.latestStage (no application: a 待投递 card), as every write path keeps it.
    await db.$executeRaw`SELECT "company_refresh_latest"(${userId}, NULL)`;
    // Table statistics, as autovacuum keeps them: the walks are planned from them.
    await db.$executeRawUnsafe(`ANALYZE "Company", "Application", "StageEvent"`);
  });

  it("the board shows each column's newest cards and its full count, with or without a tier filter or a search", async () => {
    const filters: { tiers: TTierFilter[]; q: string }[] = [
      { tiers: [], q: "" },
      { tiers: ["S", "NONE"], q: "" },
      { tiers: ["B"], q: "" },
      { tiers: [], q: "列表公司1" },
    ];
    for (const { tiers, q } of filters) {
      const live = companies.filter(
        (company) => !company.archived && (tiers.length === 0 || tiers.includes(tierKey(company.tier))) && company.name.includes(q),
      );
      const liveIds = new Set(live.map((company) => company.id));
      const cards = [
        ...applications
          .filter((application) => liveIds.has(application.companyId))
          .flatMap((application) => {
            const column = boardColumnFor(application);
            return column ? [{ column, changed: application.updatedAt, applicationId: application.id as string | null, companyId: application.companyId }] : [];
          }),
        ...live
          .filter((company) => company.applications === 0)
          .map((company) => ({ column: "TO_APPLY" as const, changed: company.updatedAt, applicationId: null, companyId: company.id })),
      ];
      const expectedCounts = Object.fromEntries(
        BOARD_COLUMNS.map((column) => [column, cards.filter((card) => card.column === column).length]).filter(([, n]) => n !== 0),
      );
      const expectedCards = BOARD_COLUMNS.flatMap((column) =>
        cards
          .filter((card) => card.column === column)
          .sort(
            (a, b) =>
              b.changed.getTime() - a.changed.getTime() ||
              (a.applicationId === null ? 1 : 0) - (b.applicationId === null ? 1 : 0) ||
              byText(b.applicationId ?? "", a.applicationId ?? "") ||
              byText(b.companyId, a.companyId),
          )
          .slice(0, BOARD_COLUMN_LIMIT)
          .map((card) => `${card.column} ${card.applicationId ?? card.companyId}`),
      );

      const board = await listBoard(userId, { tiers, q }, NOW);
      expect(board.counts).toEqual(expectedCounts);
      const shown = [...board.cards].sort((a, b) => BOARD_COLUMNS.indexOf(a.column) - BOARD_COLUMNS.indexOf(b.column));
      expect(shown.map((card) => `${card.column} ${card.applicationId ?? card.companyId}`)).toEqual(expectedCards);
    }
  });

  it("the table by next event pages through every company once: by their next pending event, then the rest", async () => {
    // A company's next event: the first (by time, then id) pending event from now on of its active applications.
    const active = new Map(applications.filter((a) => a.outcome === "ACTIVE").map((a) => [a.id, a.companyId]));
    const next = new Map<string, (typeof events)[number]>();
    for (const event of [...events].sort((a, b) => b.scheduledAt.getTime() - a.scheduledAt.getTime() || byText(b.id, a.id))) {
      const companyId = active.get(event.applicationId);
      if (companyId && event.result === "PENDING" && event.scheduledAt >= NOW) next.set(companyId, event);
    }
    const nextOf = (companyId: string) => next.get(companyId);
    for (const dir of ["asc", "desc"] as const) {
      for (const tier of ["", "A,NONE"]) {
        const kept = companies.filter((company) => !company.archived && (tier === "" || tier.split(",").includes(tierKey(company.tier))));
        const sign = dir === "asc" ? 1 : -1;
        // Ties (none of these companies has a tier-list place) by name in pinyin order, then id.
        const byName = (a: (typeof kept)[number], b: (typeof kept)[number]) => pinyin.compare(a.name, b.name) || byText(a.id, b.id);
        const withNext = kept
          .map((company) => ({ company, next: nextOf(company.id) }))
          .filter((row) => row.next)
          .sort((a, b) => sign * (a.next!.scheduledAt.getTime() - b.next!.scheduledAt.getTime()) || byName(a.company, b.company));
        const without = kept.filter((company) => !nextOf(company.id)).sort(byName);
        const expected = [
          ...withNext.map(({ company, next }) => `${company.id} ${next!.scheduledAt.toISOString()}`),
          ...without.map((company) => `${company.id} -`),
        ];
        // Both parts are there (the first page holds where one ends and the other begins).
        expect(withNext.length).toBeGreaterThan(tier === "" ? 5 : 0);
        expect(without.length).toBeGreaterThan(0);

        const seen: string[] = [];
        for (let page = 1; page <= Math.ceil(kept.length / 25) + 1; page++) {
          const params = { sort: "nextEvent", dir, size: "25", page: String(page), ...(tier ? { tier } : {}) };
          const result = await listCompanyTable(userId, ZCompanyTableQuery.parse(params), { now: NOW });
          expect(result.total).toBe(kept.length);
          seen.push(...result.rows.map((row) => `${row.id} ${row.nextEvent?.at.toISOString() ?? "-"}`));
        }
        expect(seen).toEqual(expected);
      }
    }
  });
});
