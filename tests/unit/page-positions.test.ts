import { describe, expect, it } from "vitest";

import { Prisma } from "@/lib/generated/prisma/client";
import { nextEventPageSql } from "@/lib/services/companies-table-next";
import { pagePositionSql } from "@/lib/services/list-sql";

// Statements are prepared under a name per text, and a server process names only the first 400
// (lib/db.ts): a page number typed into a URL must not make a text of its own.

const NOW = new Date("2026-12-05T00:00:00Z");
const PIECES = { columns: Prisma.sql`c.id`, kept: Prisma.sql`c."userId" = ${"u"}`, tiebreak: (alias: string) => Prisma.raw(`${alias}.id`) };

describe("page positions", () => {
  it("are written into the text for the first pages and passed as a value past them", () => {
    expect(pagePositionSql(975)).toMatchObject({ text: "975", values: [] });
    expect(pagePositionSql(1_000)).toMatchObject({ text: "1000", values: [] });
    expect(pagePositionSql(1_025)).toMatchObject({ values: [1_025] });
    expect(pagePositionSql(1_025).text).toBe(pagePositionSql(999_975).text);
  });

  it("give the companies table's next-event sort a bounded number of texts over 10,000 pages", () => {
    const texts = new Set<string>();
    for (let page = 1; page <= 10_000; page++) {
      texts.add(nextEventPageSql("u", PIECES, NOW, { dir: "asc", size: 25, offset: (page - 1) * 25 }).text);
    }
    // Pages 1–40 end within the literal positions; 41 starts at the last literal; every page after shares one text.
    expect(texts.size).toBe(42);
  });
});
