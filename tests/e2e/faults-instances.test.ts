import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SIGN_IN_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { decodeSignInError } from "@/lib/auth/sign-in-error";
import { signIn, signInForCookie } from "@/scripts/bench/session";
import { insertUser, startApp, startScratchDatabase, type TApp, type TScratchDatabase } from "@/tests/helpers/fault-app";

// Two production server processes on one PostgreSQL, as behind a load balancer: a write through
// either is on the other's next page (each caches reads under the user's data version), and the
// sign-in limit counts the attempts of both.

const PASSWORD = "instances-pass-1";

async function importSet(app: TApp, cookie: string, title: string) {
  const form = new FormData();
  form.set("mode", "apply");
  form.set("year", "2026");
  form.set("file", new Blob([`# ${title}\n\n1. <u>跨实例的问题</u>\n   答案。\n`]), "notes.md");
  const response = await fetch(`${app.baseUrl}/api/import`, { method: "POST", headers: { cookie, origin: app.baseUrl }, body: form });
  expect(response.status).toBe(200);
}

const setsPage = (app: TApp, cookie: string) => fetch(`${app.baseUrl}/questions`, { headers: { cookie } }).then((r) => r.text());

describe("two app processes on one database", () => {
  let database: TScratchDatabase;
  let apps: [TApp, TApp];

  beforeAll(async () => {
    database = await startScratchDatabase();
    apps = [await startApp(database.url), await startApp(database.url)];
  });

  afterAll(async () => {
    await Promise.all((apps ?? []).map((app) => app?.stop()));
    await database?.teardown();
  });

  it("shows a change made through one process on the other's next page", async () => {
    const email = "instances@example.test";
    await insertUser(database.url, email, PASSWORD);
    const [first, second] = apps;
    const cookie = await signInForCookie(first.baseUrl, email, PASSWORD);
    for (const [writer, reader, title] of [[first, second, "经第一个实例导入"], [second, first, "经第二个实例导入"]] as const) {
      // Twice, so the reader's page is served from its cache before the write.
      for (let i = 0; i < 2; i++) expect(await setsPage(reader, cookie)).not.toContain(title);
      await importSet(writer, cookie, title);
      expect(await setsPage(reader, cookie)).toContain(title);
    }
  });

  it(`checks at most ${SIGN_IN_PER_ADDRESS.limit} of 20 parallel wrong passwords sent to both processes`, async () => {
    const email = "instances-limit@example.test";
    await insertUser(database.url, email, PASSWORD);
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(apps[i % 2]!.baseUrl, email, `wrong-password-${i}`)));
    const checked = attempts.filter((attempt) => attempt.error === "CredentialsSignin").length;
    expect(attempts.every((attempt) => attempt.cookie === null)).toBe(true);
    // Locked on both: even the right password is refused, as too many attempts.
    for (const app of apps) {
      const { cookie, error } = await signIn(app.baseUrl, email, PASSWORD);
      expect({ cookie, code: decodeSignInError(error).code }).toEqual({ cookie: null, code: "RATE_LIMITED" });
    }
    expect(checked).toBeLessThanOrEqual(SIGN_IN_PER_ADDRESS.limit);
  });
});
