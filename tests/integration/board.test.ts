import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { BOARD_COLUMN_LIMIT, listBoard } from "@/lib/services/board";
import { createTestUser } from "@/tests/helpers/users";

describe("board", () => {
  it("shows at most BOARD_COLUMN_LIMIT cards per column, most recently changed first, with the full count", async () => {
    const { id: userId } = await createTestUser();
    const total = BOARD_COLUMN_LIMIT + 3;
    for (let i = 0; i < total; i++) {
      const name = `公司${String(i).padStart(2, "0")}`;
      await db.company.create({
        data: { userId, name, normalizedName: name, tier: i % 2 === 0 ? "A" : "B", updatedAt: new Date(Date.UTC(2026, 0, 1 + i)) },
      });
    }
    const board = await listBoard(userId);
    expect(board.counts).toEqual({ TO_APPLY: total });
    expect(board.cards).toHaveLength(BOARD_COLUMN_LIMIT);
    expect(board.cards[0]).toMatchObject({ name: `公司${total - 1}`, column: "TO_APPLY", applicationId: null, prep: { done: 0, total: 0, percent: 0 } });

    const tierA = await listBoard(userId, ["A"]);
    expect(tierA.counts).toEqual({ TO_APPLY: Math.ceil(total / 2) });
    expect(tierA.cards.every((card) => card.tier === "A")).toBe(true);
  });
});
