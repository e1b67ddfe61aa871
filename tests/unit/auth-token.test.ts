import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { sessionClaims, sessionToken, sessionUserId } from "@/lib/auth/token";

const SECRET = "unit-test-secret-unit-test-secret-0001";
let previous: string | undefined;

beforeAll(() => {
  previous = process.env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterAll(() => {
  process.env.NEXTAUTH_SECRET = previous;
});

describe("sessionUserId", () => {
  it("reads the user id of a token next-auth issued, again from the cache", async () => {
    const token = await encode({ token: { sub: "user-1", name: "A" }, secret: SECRET });
    expect(await sessionUserId(token)).toBe("user-1");
    expect(await sessionUserId(token)).toBe("user-1");
  });

  it("refuses a missing, forged, foreign or subject-less token", async () => {
    expect(await sessionUserId(undefined)).toBeNull();
    expect(await sessionUserId("not-a-jwe")).toBeNull();
    const foreign = await encode({ token: { sub: "user-2" }, secret: "another-secret-another-secret-000001" });
    expect(await sessionUserId(foreign)).toBeNull();
    const anonymous = await encode({ token: { name: "no subject" }, secret: SECRET });
    expect(await sessionUserId(anonymous)).toBeNull();
  });

  it("refuses an expired token, also once it is cached", async () => {
    const token = await encode({ token: { sub: "user-3" }, secret: SECRET, maxAge: 60 });
    expect(await sessionUserId(token)).toBe("user-3");
    expect(await sessionUserId(token, Date.now() + 60_000 + 16_000)).toBeNull();
    expect(await sessionUserId(token, Date.now() + 60_000 + 5_000)).toBe("user-3");
  });
});

describe("sessionClaims", () => {
  it("reads the server-side session id next to the user id, null when the token has none", async () => {
    const token = await encode({ token: { sub: "user-4", sid: "session-4" }, secret: SECRET });
    expect(await sessionClaims(token)).toEqual({ userId: "user-4", sessionId: "session-4" });
    const older = await encode({ token: { sub: "user-5" }, secret: SECRET });
    expect(await sessionClaims(older)).toEqual({ userId: "user-5", sessionId: null });
  });
});

describe("sessionToken", () => {
  it("prefers the __Secure- cookie and falls back to the plain one", () => {
    const jar = new Map([["next-auth.session-token", "plain"]]);
    expect(sessionToken((name) => jar.get(name))).toBe("plain");
    jar.set("__Secure-next-auth.session-token", "secure");
    expect(sessionToken((name) => jar.get(name))).toBe("secure");
    expect(sessionToken(() => undefined)).toBeUndefined();
  });
});
