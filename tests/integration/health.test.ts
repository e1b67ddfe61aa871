import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { findFreePort } from "@/lib/server/port";

const exec = promisify(execFile);

/** Calls the health route handler in a fresh process whose DATABASE_URL is given. */
async function health(databaseUrl: string) {
  const code = `import("./app/api/health/route.ts").then(async ({ GET }) => {
    const response = await GET();
    console.log(JSON.stringify({ status: response.status, body: await response.json() }));
    process.exit(0);
  });`;
  const { stdout } = await exec(process.execPath, ["--import", "tsx", "-e", code], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as { status: number; body: unknown };
}

describe("GET /api/health", () => {
  it("is ok when the database answers", async () => {
    expect(await health(process.env.DATABASE_URL!)).toEqual({ status: 200, body: { status: "ok", db: "ok" } });
  });

  it("is 503 with db down when the database is unreachable", async () => {
    const port = await findFreePort();
    expect(await health(`postgresql://x:y@127.0.0.1:${port}/none`)).toEqual({ status: 503, body: { status: "error", db: "down" } });
  });
});
