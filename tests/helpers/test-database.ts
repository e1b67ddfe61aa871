import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { runMigrations } from "@/lib/migrations/run";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";

/**
 * A migrated database for a test run: TEST_DATABASE_URL when given, else an embedded server on a
 * free port with a throw-away data dir. Returns the URL and a teardown.
 */
export async function startTestDatabase(): Promise<{ url: string; teardown: () => Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    await runMigrations(given);
    return { url: given, teardown: async () => {} };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "offerboard-test-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "offerboard_test" });
  await runMigrations(server.url);
  return {
    url: server.url,
    teardown: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
