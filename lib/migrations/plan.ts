import { createHash } from "node:crypto";

export type TMigrationFile = { name: string; sql: string };
export type TAppliedMigration = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};
type TMigrationPlan =
  | { ok: true; pending: (TMigrationFile & { checksum: string })[]; changed: string[] }
  | { ok: false; message: string };

/** Prisma's checksum of a migration: the sha256 of the file's bytes, in hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Folder names sort by their timestamp prefix, which is Prisma's order too. */
export function sortMigrations<T extends { name: string }>(files: T[]): T[] {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Decides what to apply: every file not yet recorded as finished, in order. A migration that
 * started and never finished stops everything (as in Prisma) until a person resolves it.
 */
export function planMigrations(files: TMigrationFile[], applied: TAppliedMigration[]): TMigrationPlan {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    return {
      ok: false,
      message: `Migration ${failed.migration_name} started but did not finish. Fix the database, then delete its row from _prisma_migrations.`,
    };
  }
  const done = new Map(live.map((row) => [row.migration_name, row.checksum]));
  const changed: string[] = [];
  const pending: (TMigrationFile & { checksum: string })[] = [];
  for (const file of sortMigrations(files)) {
    const checksum = migrationChecksum(file.sql);
    const recorded = done.get(file.name);
    if (recorded === undefined) pending.push({ ...file, checksum });
    else if (recorded !== checksum) changed.push(file.name);
  }
  return { ok: true, pending, changed };
}
