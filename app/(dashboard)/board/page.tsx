import { KanbanSquare, Plus } from "lucide-react";
import type { Metadata } from "next";

import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { readBoard } from "@/lib/cache/page-reads";
import { ZCompanyTableQuery } from "@/lib/validation/companies";

import { BoardSearch } from "./_components/board-search";
import { BoardView } from "./_components/board-view";
import { TierFilter } from "./_components/tier-filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("board.title") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BoardPage({ searchParams }: TProps) {
  const user = await requireUser();
  const { tier, q } = ZCompanyTableQuery.pick({ tier: true, q: true }).parse(await searchParams);
  const [t, board] = await Promise.all([getTranslations(), readBoard(user, { tiers: tier, q })]);
  const empty = board.cards.length === 0 && tier.length === 0 && q === "";
  const found = Object.values(board.counts).reduce((sum, n) => sum + n, 0);

  return (
    <>
      <PageHeader title={t("board.title")} description={t("board.description")} />
      {empty ? (
        <EmptyState
          icon={KanbanSquare}
          title={t("board.emptyTitle")}
          description={t("board.emptyBody")}
          actions={<LinkButton href="/companies" icon={Plus}>{t("board.addCompany")}</LinkButton>}
        />
      ) : (
        <>
          <BoardSearch query={q} found={found} />
          <TierFilter selected={tier} />
          <BoardView board={board} filter={{ tiers: tier, q }} timeZone={user.timeZone} now={new Date().toISOString()} />
        </>
      )}
    </>
  );
}
