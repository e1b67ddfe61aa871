import { KanbanSquare, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { getTranslations } from "next-intl/server";
import { readBoard } from "@/lib/cache/page-reads";
import { ZCompanyTableQuery } from "@/lib/validation/companies";

import { BoardView } from "./_components/board-view";
import { TierFilter } from "./_components/tier-filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("board.title") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BoardPage({ searchParams }: TProps) {
  const user = await requireUser();
  const { tier } = ZCompanyTableQuery.pick({ tier: true }).parse(await searchParams);
  const [t, board] = await Promise.all([getTranslations(), readBoard(user, tier)]);
  const empty = board.cards.length === 0 && tier.length === 0;

  return (
    <>
      <PageHeader title={t("board.title")} description={t("board.description")} />
      {empty ? (
        <EmptyState
          icon={KanbanSquare}
          title={t("board.emptyTitle")}
          description={t("board.emptyBody")}
          actions={
            <Button asChild>
              <Link href="/companies">
                <Plus aria-hidden="true" />
                {t("board.addCompany")}
              </Link>
            </Button>
          }
        />
      ) : (
        <>
          <TierFilter selected={tier} />
          <BoardView board={board} tiers={tier} timeZone={user.timeZone} now={new Date().toISOString()} />
        </>
      )}
    </>
  );
}
