// The keys the companies table filters and sorts on that come from a company's applications
// (Company."latestStage", "latestOutcome", "latestChangedAt"): every write that creates or
// changes an application refreshes them in its own transaction, through the one SQL definition
// (company_refresh_latest, migration company_latest_application).
import "server-only";

import type { TTx } from "@/lib/db";
import { assertUserId } from "@/lib/errors";

/** Refreshes the keys of the user's companies `companyIds`, or of all the user's companies. */
export async function refreshCompanyKeys(tx: TTx, userId: string, companyIds: readonly string[] | "all"): Promise<void> {
  assertUserId(userId);
  const ids = companyIds === "all" ? null : [...companyIds];
  await tx.$executeRaw`SELECT "company_refresh_latest"(${userId}, ${ids}::text[])`;
}
