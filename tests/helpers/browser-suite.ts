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
 * file's (or the describe block's) tests; after them the browser is closed and the client
 * disconnected. Call it before the block's own beforeAll, which may then use the fields and
 * import the services; read the fields inside hooks and tests.
 */
export function browserSuite(): TBrowserSuite {
  const suite = {} as TBrowserSuite;
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    suite.db = (await import("@/lib/db")).db;
    suite.createTestUser = (await import("./users")).createTestUser;
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.db?.$disconnect();
  });
  return suite;
}
