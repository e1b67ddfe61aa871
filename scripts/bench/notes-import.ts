// `npm run bench:import`: times the import of ../shared/fixtures/interview-notes.md (or --file)
// into a fresh account of a throw-away PostgreSQL: read+decode, parse, preview, the import itself
// (one transaction), and a re-import that must change nothing. Budget: under 1 s end to end.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { runMigrations } from "@/lib/migrations/run";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";

const RUNS = 3;

async function timed<T>(task: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await task();
  return { ms: Math.round(performance.now() - start), value };
}

async function main() {
  const { values } = parseArgs({ options: { file: { type: "string" } } });
  const file = values.file ?? path.resolve(process.cwd(), "../shared/fixtures/interview-notes.md");
  const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-bench-import-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "offerboard_bench_import" });
  try {
    await runMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const [{ db }, { parseNotes }, { readNotesFile }, { applyImport, previewImport }, { registerUser }] = await Promise.all([
      import("@/lib/db"),
      import("@/lib/notes"),
      import("@/lib/notes/notes-file"),
      import("@/lib/services/import"),
      import("@/lib/services/users"),
    ]);
    const rows = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const user = await registerUser({ email: `bench-import-${run}@example.test`, password: "bench-pass-1", name: "bench" });
      const total = await timed(async () => {
        const read = await timed(async () => readNotesFile(path.basename(file), new Uint8Array(await readFile(file))));
        const input = { fileName: path.basename(file), ...read.value, year: 2026 };
        const parse = await timed(() => parseNotes(input.text, { year: 2026 }));
        const preview = await timed(() => previewImport(user.id, input));
        const apply = await timed(() => applyImport(user.id, input));
        const reimport = await timed(() => applyImport(user.id, input));
        if (!reimport.value.nothingChanged) throw new Error("re-import changed something");
        return { read: read.ms, parse: parse.ms, preview: preview.ms, import: apply.ms, reimport: reimport.ms, created: apply.value.created };
      });
      const { created, ...ms } = total.value;
      rows.push({ run, ...ms, "total ms": total.ms, "rows created": Object.values(created).reduce((a, b) => a + b, 0) });
    }
    console.table(rows);
    console.log(`budget: import (upload → rows written) under 1000 ms; re-import writes nothing`);
    await db.$disconnect();
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
