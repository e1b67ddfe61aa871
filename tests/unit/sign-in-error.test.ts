import { describe, expect, it } from "vitest";

import { decodeSignInError, encodeSignInError, signInErrorMessage } from "@/lib/auth/sign-in-error";
import { translatorFor } from "@/lib/i18n/dictionaries";

describe("sign-in errors", () => {
  it("round-trips a code with the time to try again", () => {
    const at = new Date("2026-12-04T12:05:00Z");
    expect(decodeSignInError(encodeSignInError("ACCOUNT_LOCKED", at))).toEqual({ code: "ACCOUNT_LOCKED", retryAt: at });
    expect(decodeSignInError(encodeSignInError("UNAVAILABLE"))).toEqual({ code: "UNAVAILABLE", retryAt: null });
  });

  it("reads anything else, a database's own message included, as a wrong password, never echoing it", () => {
    const t = translatorFor("zh");
    const raw = "Can't reach database server at 127.0.0.1:5432";
    expect(decodeSignInError(raw)).toEqual({ code: "INVALID", retryAt: null });
    expect(signInErrorMessage(t, raw)).toBe("邮箱或密码错误");
    expect(signInErrorMessage(t, "CredentialsSignin")).toBe("邮箱或密码错误");
  });

  it("says when to try again, in both languages", () => {
    const now = Date.parse("2026-12-04T12:00:00Z");
    const value = encodeSignInError("RATE_LIMITED", new Date(now + 4.5 * 60_000));
    expect(signInErrorMessage(translatorFor("zh"), value, now)).toContain("5 分钟后再试");
    expect(signInErrorMessage(translatorFor("en"), encodeSignInError("ACCOUNT_LOCKED", new Date(now + 60_000)), now)).toContain("in 1 min");
    expect(signInErrorMessage(translatorFor("zh"), "UNAVAILABLE", now)).toContain("数据库");
  });
});
