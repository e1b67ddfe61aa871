import type { ChildProcess } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";

import { afterAll, describe, expect, it } from "vitest";

import { spawnNextServer } from "@/lib/server/next-process";
import { findFreePort } from "@/lib/server/port";

import { launchBrowser } from "../helpers/browser";

// `npm run dev` used to print every server action's arguments, the sign-up form's password
// among them. This runs the development server as `npm run dev` does and reads what it prints.
const DIST_DIR = ".next-dev-logs-test";
const PASSWORD = `dev-log-secret-${Date.now()}`;
let server: ChildProcess | undefined;
// `next dev` adds its dist dir's types to tsconfig.json; the test puts the file back as it was.
const tsconfig = await readFile("tsconfig.json", "utf8");

afterAll(async () => {
  server?.kill("SIGTERM");
  await rm(DIST_DIR, { recursive: true, force: true });
  await writeFile("tsconfig.json", tsconfig);
});

async function waitForHealth(url: string, output: string[]) {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the dev server exited:\n${output.join("")}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the dev server did not start:\n${output.join("")}`);
}

describe("npm run dev", () => {
  it("keeps passwords out of its output when server actions run", async () => {
    const port = await findFreePort();
    const url = `http://localhost:${port}`;
    const output: string[] = [];
    server = spawnNextServer({
      mode: "dev",
      port,
      heapMb: 512,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXTAUTH_URL: url, ALLOW_REGISTRATION: "true", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk) => output.push(String(chunk)));
    server.stderr?.on("data", (chunk) => output.push(String(chunk)));
    await waitForHealth(url, output);

    const browser = await launchBrowser();
    try {
      const email = `dev-log-${Date.now()}@example.test`;
      for (const attempt of ["first", "taken"]) {
        // A fresh browser each time: the first sign-up leaves its browser signed in.
        const page = await browser.newPage({ baseURL: url });
        await page.goto("/register", { timeout: 180_000 });
        await page.locator('input[name="name"]').fill("日志");
        await page.locator('input[name="email"]').fill(email);
        await page.locator('input[name="password"]').fill(PASSWORD);
        await page.getByRole("button", { name: "注册" }).click();
        if (attempt === "first") await page.waitForURL((u) => u.pathname === "/dashboard", { timeout: 180_000 });
        else await page.getByText("该邮箱已注册，请直接登录。").waitFor({ timeout: 60_000 });
      }
    } finally {
      await browser.close();
    }
    const printed = output.join("");
    expect(printed).toContain("POST /register"); // the server action's request was logged
    expect(printed).not.toContain(PASSWORD);
  }, 600_000);
});
