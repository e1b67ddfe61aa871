import { describe, expect, it } from "vitest";

import { authOptions } from "@/lib/auth/options";
import { SIGN_IN_LIMIT } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

import { createTestUser } from "../helpers/users";

type TAuthorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: TAuthorize } };
const authorize = (email: string, password: string, ip: string) => provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": ip } });

describe("credentials sign-in", () => {
  it("signs in with the right password and refuses the wrong one", async () => {
    const user = await createTestUser();
    await expect(authorize(user.email, user.password, "10.0.0.1")).resolves.toEqual({ id: user.id, email: user.email, name: user.name });
    await expect(authorize(user.email, "wrong-password-1", "10.0.0.1")).resolves.toBeNull();
    await expect(authorize("nobody@example.test", "whatever1", "10.0.0.1")).resolves.toBeNull();
  });

  it(`locks an email after ${SIGN_IN_LIMIT} failures, even with the right password`, async () => {
    const user = await createTestUser();
    for (let i = 0; i < SIGN_IN_LIMIT; i++) {
      await expect(authorize(user.email, `wrong-${i}-pass`, `10.1.0.${i}`)).resolves.toBeNull();
    }
    await expect(authorize(user.email, user.password, "10.1.1.1")).rejects.toThrow("RATE_LIMITED");
  });

  it(`locks an address after ${SIGN_IN_LIMIT} failures across emails`, async () => {
    const user = await createTestUser();
    for (let i = 0; i < SIGN_IN_LIMIT; i++) {
      await authorize(`guess-${i}@example.test`, "wrong-pass-1", "10.2.0.1");
    }
    await expect(authorize(user.email, user.password, "10.2.0.1")).rejects.toThrow("RATE_LIMITED");
    await expect(authorize(user.email, user.password, "10.2.0.2")).resolves.toMatchObject({ id: user.id });
  });

  it("forgets an email's failures once it signs in, and ignores failures older than the window", async () => {
    const user = await createTestUser();
    for (let i = 0; i < SIGN_IN_LIMIT - 1; i++) await authorize(user.email, "wrong-pass-1", `10.3.0.${i}`);
    await expect(authorize(user.email, user.password, "10.3.1.1")).resolves.toMatchObject({ id: user.id });
    expect(await db.loginAttempt.count({ where: { key: `email:${user.email}` } })).toBe(0);
    const old = new Date(Date.now() - 16 * 60 * 1000);
    await db.loginAttempt.createMany({ data: Array.from({ length: SIGN_IN_LIMIT }, () => ({ key: `email:${user.email}`, createdAt: old })) });
    await expect(authorize(user.email, user.password, "10.3.1.2")).resolves.toMatchObject({ id: user.id });
  });
});
