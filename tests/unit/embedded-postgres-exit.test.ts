import { spawnSync } from "node:child_process";

import { describe, expect, test } from "vitest";

// vitest reports failed tests through process.exitCode; the embedded PostgreSQL's exit hook used
// to replace it with 0, so `npm test` could pass after a failure.
describe("a process that loads the embedded PostgreSQL", () => {
  test("ends with the exit code it set", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", 'await import("./lib/server/embedded-postgres.ts"); process.exitCode = 3;'],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
  });
});
