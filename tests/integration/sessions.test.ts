import { encode, type JWT } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { authOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changePassword, signOutEverywhere } from "@/lib/services/users";
import { ZChangePasswordInput } from "@/lib/validation/auth";
import { parseOrThrow } from "@/lib/validation/issues";

import { createTestUser, TEST_PASSWORD } from "../helpers/users";

// The session cookie of the request under test: getCurrentUser() reads it through next/headers.
let cookie: string | undefined;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "next-auth.session-token" && cookie ? { value: cookie } : undefined) }),
}));
beforeEach(() => {
  cookie = undefined;
});

type TAuthorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: TAuthorize } };
const secret = process.env.NEXTAUTH_SECRET!;
const callbacks = authOptions.callbacks as { jwt: (params: Record<string, unknown>) => Promise<JWT> };

/** What next-auth does at sign-in: the jwt callback with the user, then the encrypted cookie. */
async function signIn(user: { id: string; email: string; name: string }) {
  const token = await callbacks.jwt({ token: { sub: user.id, name: user.name, email: user.email }, user, trigger: "signIn" });
  return { token, cookie: await encode({ token, secret }) };
}

/** The user a request with this cookie gets (a fresh request: getCurrentUser is per request). */
async function userWith(value: string) {
  cookie = value;
  return getCurrentUser();
}

const signOut = (token: JWT) => (authOptions.events!.signOut as (message: { token: JWT }) => Promise<void>)({ token });

async function dataVersion(userId: string) {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT "dataVersion"::text AS v FROM "User" WHERE id = ${userId}`;
  return rows[0]!.v;
}

describe("server-side sessions", () => {
  it("ends a session at sign-out: its old token no longer opens anything, other sessions stay", async () => {
    const user = await createTestUser();
    const laptop = await signIn(user);
    const phone = await signIn(user);
    expect(await userWith(laptop.cookie)).toMatchObject({ id: user.id, email: user.email });
    await signOut(laptop.token);
    expect(await userWith(laptop.cookie)).toBeNull();
    await expect(callbacks.jwt({ token: laptop.token })).rejects.toThrow();
    expect(await userWith(phone.cookie)).toMatchObject({ id: user.id });
    await expect(callbacks.jwt({ token: phone.token })).resolves.toMatchObject({ sub: user.id });
  });

  it("refuses a token that names no server-side session, or another user's", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    expect(await userWith(await encode({ token: { sub: user.id }, secret }))).toBeNull();
    const theirs = await signIn(other);
    expect(await userWith(await encode({ token: { sub: user.id, sid: theirs.token.sid }, secret }))).toBeNull();
  });

  it("signs out everywhere: every session of the user ends, another user's stay", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const sessions = [await signIn(user), await signIn(user)];
    const theirs = await signIn(other);
    await signOutEverywhere(user.id);
    for (const session of sessions) expect(await userWith(session.cookie)).toBeNull();
    expect(await userWith(theirs.cookie)).toMatchObject({ id: other.id });
  });

  it("changes the password with the current one, keeping this session and ending the others", async () => {
    const user = await createTestUser();
    const here = await signIn(user);
    const elsewhere = await signIn(user);
    const current = (await userWith(here.cookie))!;
    await changePassword(current, { currentPassword: TEST_PASSWORD, newPassword: "brand-new-pass-9" }, "10.20.0.1");
    expect(await userWith(here.cookie)).toMatchObject({ id: user.id });
    expect(await userWith(elsewhere.cookie)).toBeNull();
    const headers = { "x-forwarded-for": "10.20.0.2" };
    await expect(provider.options.authorize({ email: user.email, password: TEST_PASSWORD }, { headers })).resolves.toBeNull();
    await expect(provider.options.authorize({ email: user.email, password: "brand-new-pass-9" }, { headers })).resolves.toMatchObject({ id: user.id });
  });

  it("refuses a wrong current password or a weak new one, changing nothing", async () => {
    const user = await createTestUser();
    const here = await signIn(user);
    const elsewhere = await signIn(user);
    const current = (await userWith(here.cookie))!;
    const wrong = changePassword(current, { currentPassword: "not-my-pass-1", newPassword: "brand-new-pass-9" }, "10.21.0.1");
    await expect(wrong).rejects.toBeInstanceOf(AppError);
    await expect(wrong).rejects.toMatchObject({ code: "VALIDATION", messageKey: "settings.currentPasswordWrong" });
    // A weak new password is refused at the boundary, before the service runs.
    expect(() => parseOrThrow(ZChangePasswordInput, { currentPassword: TEST_PASSWORD, newPassword: "weakpassword" })).toThrow(
      expect.objectContaining({ code: "VALIDATION", messageKey: "validation.passwordWeak" }),
    );
    expect(await userWith(elsewhere.cookie)).toMatchObject({ id: user.id });
    const headers = { "x-forwarded-for": "10.21.0.2" };
    await expect(provider.options.authorize({ email: user.email, password: TEST_PASSWORD }, { headers })).resolves.toMatchObject({ id: user.id });
  });

  it("fails every token of a deleted or disabled user, and a disabled user cannot sign in", async () => {
    const gone = await createTestUser();
    const goneSession = await signIn(gone);
    await db.user.delete({ where: { id: gone.id } });
    expect(await userWith(goneSession.cookie)).toBeNull();
    await expect(callbacks.jwt({ token: goneSession.token })).rejects.toThrow();

    const disabled = await createTestUser();
    const session = await signIn(disabled);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await userWith(session.cookie)).toBeNull();
    await expect(callbacks.jwt({ token: session.token })).rejects.toThrow();
    const headers = { "x-forwarded-for": "10.22.0.1" };
    await expect(provider.options.authorize({ email: disabled.email, password: TEST_PASSWORD }, { headers })).resolves.toBeNull();
  });

  it("signing in and out leaves the user's data version (and cached reads) alone", async () => {
    const user = await createTestUser();
    const before = await dataVersion(user.id);
    const session = await signIn(user);
    await userWith(session.cookie);
    await signOut(session.token);
    expect(await dataVersion(user.id)).toBe(before);
  });
});
