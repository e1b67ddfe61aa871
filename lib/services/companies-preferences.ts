// The companies table's column visibility and density, remembered per user in User.preferences
// (read back by listCompanyTable in its one statement).
import "server-only";

import { db } from "@/lib/db";
import { assertUserId } from "@/lib/errors";
import type { TTablePreferences } from "@/lib/validation/companies";

const KEY = "companiesTable";

/** Merges into the preferences object in one statement, so other keys written meanwhile survive. */
export async function saveTablePreferences(userId: string, preferences: TTablePreferences): Promise<void> {
  assertUserId(userId);
  const value = JSON.stringify({ [KEY]: preferences });
  await db.$executeRaw`UPDATE "User" SET preferences = preferences || ${value}::jsonb, "updatedAt" = now() WHERE id = ${userId}`;
}
