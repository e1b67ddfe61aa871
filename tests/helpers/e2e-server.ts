import type { ChildProcess, StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { parseEnv } from "@/lib/env-schema.js";
import { spawnNextBuild, spawnNextServer } from "@/lib/server/next-process";
import { findFreePort } from "@/lib/server/port";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The production server's process id, for tests that watch its memory. */
    serverPid: number;
  }
}

// E2E_DIST_DIR lets several checkouts of work build side by side.
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const PIPED: StdioOptions = ["ignore", "pipe", "pipe"];

async function waitForHealth(url: string, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output.join("")}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app did not become healthy at ${url}:\n${output.join("")}`);
}

/**
 * Builds the production app (once; E2E_REUSE_BUILD=1 keeps an existing build) and serves it on
 * a free port against the test database started by global-setup.
 */
export default async function setup(project: TestProject) {
  const port = await findFreePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    ALLOW_REGISTRATION: "true",
    REMINDER_WORKER: "false",
  };
  const output: string[] = [];
  if (!(process.env.E2E_REUSE_BUILD === "1" && existsSync(path.join(DIST_DIR, "BUILD_ID")))) {
    const build = spawnNextBuild(env, PIPED);
    build.stdout?.on("data", (chunk) => output.push(String(chunk)));
    build.stderr?.on("data", (chunk) => output.push(String(chunk)));
    const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    if (code !== 0) throw new Error(`next build failed:\n${output.join("")}`);
  }
  // Served as `npm start` serves it, heap limit included.
  const server = spawnNextServer({ mode: "start", port, heapMb: parseEnv(env).SERVER_HEAP_MB, env, stdio: PIPED });
  server.stdout?.on("data", (chunk) => output.push(String(chunk)));
  server.stderr?.on("data", (chunk) => output.push(String(chunk)));
  await waitForHealth(baseUrl, server, output);
  project.provide("baseUrl", baseUrl);
  project.provide("serverPid", server.pid ?? 0);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
}
