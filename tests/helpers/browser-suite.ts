import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

import { launchBrowser } from "./browser";

type TBrowserSuite = {
  browser: Browser;
  db: typeof import("@/lib/db").db;
  createTestUser: typeof import("./users").createTestUser;
};

/**
 * For a browser test file that makes its own rows: the test database's client and user factory
 * (imported once DATABASE_URL points at the test database) and a browser, opened before the
 * file's tests and closed after them. Read the fields inside tests.
 */
export function browserSuite(): TBrowserSuite {
  const suite = {} as TBrowserSuite;
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    suite.db = (await import("@/lib/db")).db;
    suite.createTestUser = (await import("./users")).createTestUser;
    suite.browser = await launchBrowser();
  });
  afterAll(() => suite.browser?.close());
  return suite;
}
