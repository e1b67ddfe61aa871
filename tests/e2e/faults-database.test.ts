import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POOL_LIMITS } from "@/lib/db";
import { shell as en } from "@/lib/i18n/messages/en/shell";
import { shell as zh } from "@/lib/i18n/messages/zh/shell";
import { signInForCookie } from "@/scripts/bench/session";
import { insertUser, startApp, startScratchDatabase, type TApp, type TScratchDatabase } from "@/tests/helpers/fault-app";

// The production server on a PostgreSQL of its own that hangs (SIGSTOP) or goes away and comes
// back: requests fail within the pool's timeouts with the friendly page or a 503, and the same
// server process serves again once the database does.

const EMAIL = "faults@example.test";
const PASSWORD = "faults-password-1";
// A request waits at most for a connection (or a free one) and then for one statement's answer.
const REQUEST_BOUND_MS = POOL_LIMITS.connectionTimeoutMillis + POOL_LIMITS.query_timeout + 5_000;

async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await task();
  return { ms: performance.now() - start, value };
}

describe("when PostgreSQL hangs or goes away", () => {
  let database: TScratchDatabase;
  let app: TApp;
  let cookie: string;

  const health = () => timed(() => fetch(`${app.baseUrl}/api/health`).then((r) => r.status));
  const page = () =>
    timed(async () => {
      const response = await fetch(`${app.baseUrl}/companies`, { headers: { cookie } });
      return { status: response.status, html: await response.text() };
    });
  const recovers = () =>
    expect
      .poll(async () => [(await health()).value, (await page()).value.status], { timeout: 30_000, interval: 500 })
      .toEqual([200, 200]);

  beforeAll(async () => {
    database = await startScratchDatabase();
    await insertUser(database.url, EMAIL, PASSWORD);
    app = await startApp(database.url);
    cookie = await signInForCookie(app.baseUrl, EMAIL, PASSWORD);
  });

  afterAll(async () => {
    await database?.freeze(false).catch(() => {});
    await app?.stop();
    await database?.teardown();
  });

  it("answers with the error page and a 503 while the database is frozen, then recovers without a restart", async () => {
    expect((await page()).value.status).toBe(200);
    await database.freeze(true);
    try {
      // Both at once: pooled connections hang on their first statement, new ones on the handshake.
      const [companies, status] = await Promise.all([page(), health()]);
      expect(status.value).toBe(503);
      expect(status.ms).toBeLessThan(REQUEST_BOUND_MS);
      expect(companies.ms).toBeLessThan(REQUEST_BOUND_MS);
      expect(companies.value.html).toContain(zh.errorTitle);
      expect(companies.value.html).not.toContain(en.errorTitle);
      // Every connection of the pool is stuck or closed by now: a second request fails as fast.
      const again = await page();
      expect(again.ms).toBeLessThan(REQUEST_BOUND_MS);
      expect(again.value.html).toContain(zh.errorTitle);
    } finally {
      await database.freeze(false);
    }
    await recovers();
    expect(app.process.exitCode).toBeNull();
  });

  it("answers with the error page and a 503 while the database is down, then recovers when it is back on the same port", async () => {
    await database.stop();
    const status = await health();
    expect(status.value).toBe(503);
    expect(status.ms).toBeLessThan(REQUEST_BOUND_MS);
    const companies = await page();
    expect(companies.value.html).toContain(zh.errorTitle);
    expect(companies.ms).toBeLessThan(REQUEST_BOUND_MS);
    await database.start();
    await recovers();
    expect(app.process.exitCode).toBeNull();
  });
});
