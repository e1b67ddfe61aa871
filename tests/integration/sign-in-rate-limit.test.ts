import { describe, expect, it } from "vitest";

import { authOptions } from "@/lib/auth/options";
import { consumeAttempt, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS, type TRateRule } from "@/lib/auth/rate-limit";
import { decodeSignInError } from "@/lib/auth/sign-in-error";
import { db } from "@/lib/db";

import { createTestUser } from "../helpers/users";

type TAuthorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: TAuthorize } };
const authorize = (email: string, password: string, ip: string) => provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": ip } });

/** The refusal code of a rejected sign-in, or "checked" when the password was checked. */
const outcome = (attempt: Promise<unknown>) =>
  attempt.then(
    () => "checked",
    (error: Error) => decodeSignInError(error.message).code,
  );

const count = async (rule: TRateRule, id: string) =>
  (await db.rateLimit.findUnique({ where: { key: `${rule.prefix}:${id}` }, select: { count: true } }))?.count ?? 0;

describe("credentials sign-in", () => {
  it("signs in with the right password and refuses the wrong one", async () => {
    const user = await createTestUser();
    await expect(authorize(user.email, user.password, "10.0.0.1")).resolves.toEqual({ id: user.id, email: user.email, name: user.name });
    await expect(authorize(user.email, "wrong-password-1", "10.0.0.1")).resolves.toBeNull();
    await expect(authorize("nobody@example.test", "whatever1", "10.0.0.1")).resolves.toBeNull();
  });

  it(`checks exactly ${SIGN_IN_PER_ADDRESS.limit} of 20 parallel wrong passwords from one address`, async () => {
    const user = await createTestUser();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => outcome(authorize(user.email, `wrong-${i}-pass`, "10.1.0.1"))));
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(SIGN_IN_PER_ADDRESS.limit);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(20 - SIGN_IN_PER_ADDRESS.limit);
    // Refused at the address, the extra guesses never reached the account's count.
    expect(await count(SIGN_IN_PER_ACCOUNT, user.email)).toBe(SIGN_IN_PER_ADDRESS.limit);
    // The owner, from another address, still signs in.
    await expect(authorize(user.email, user.password, "10.1.0.2")).resolves.toMatchObject({ id: user.id });
  });

  it("says when to try again, and locks an address across emails", async () => {
    const user = await createTestUser();
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.limit; i++) await authorize(`guess-${i}@example.test`, "wrong-pass-1", "10.2.0.1");
    const refused = await authorize(user.email, user.password, "10.2.0.1").catch((error: Error) => decodeSignInError(error.message));
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    const { retryAt } = refused as { retryAt: Date };
    expect(retryAt.getTime()).toBeGreaterThan(Date.now());
    expect(retryAt.getTime()).toBeLessThanOrEqual(Date.now() + SIGN_IN_PER_ADDRESS.windowMs);
    await expect(authorize(user.email, user.password, "10.2.0.2")).resolves.toMatchObject({ id: user.id });
  });

  it(`locks an account guessed from many addresses after ${SIGN_IN_PER_ACCOUNT.limit} guesses, for at most ${SIGN_IN_PER_ACCOUNT.windowMs / 60_000} minutes`, async () => {
    const user = await createTestUser();
    const outcomes = await Promise.all(
      Array.from({ length: SIGN_IN_PER_ACCOUNT.limit + 5 }, (_, i) => outcome(authorize(user.email, `wrong-${i}-pass`, `10.3.${i}.1`))),
    );
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(SIGN_IN_PER_ACCOUNT.limit);
    expect(outcomes.filter((o) => o === "ACCOUNT_LOCKED")).toHaveLength(5);
    const refused = await authorize(user.email, user.password, "10.3.200.1").catch((error: Error) => decodeSignInError(error.message));
    expect(refused).toMatchObject({ code: "ACCOUNT_LOCKED" });
    expect((refused as { retryAt: Date }).retryAt.getTime()).toBeLessThanOrEqual(Date.now() + SIGN_IN_PER_ACCOUNT.windowMs);
  });

  it("forgives the account's failures and gives the address its guess back after a right password", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 3; i++) await authorize(user.email, "wrong-pass-1", "10.4.0.1");
    await expect(authorize(user.email, user.password, "10.4.0.1")).resolves.toMatchObject({ id: user.id });
    expect(await count(SIGN_IN_PER_ACCOUNT, user.email)).toBe(0);
    expect(await count(SIGN_IN_PER_ADDRESS, "10.4.0.1")).toBe(3);
  });

  it("opens a window with a key's first attempt, starts afresh once it ends, and prunes expired counters as it counts", async () => {
    const rule: TRateRule = { prefix: "test-window", limit: 2, windowMs: 60_000 };
    const start = new Date();
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(await consumeAttempt(rule, "a", at(0))).toEqual({ allowed: true, retryAt: at(60_000) });
    expect((await consumeAttempt(rule, "a", at(30_000))).allowed).toBe(true);
    expect(await consumeAttempt(rule, "a", at(59_000))).toEqual({ allowed: false, retryAt: at(60_000) });
    expect(await consumeAttempt(rule, "a", at(60_000))).toEqual({ allowed: true, retryAt: at(120_000) });

    const past = new Date(start.getTime() - 2 * 60 * 60 * 1000);
    await db.rateLimit.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ key: `test-expired:${i}`, expiresAt: past, count: 5 })) });
    await consumeAttempt(rule, "b", start);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "test-expired:" } } })).toBe(0);
  });
});
