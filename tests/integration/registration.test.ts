import { describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import { SIGN_UP_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerUser } from "@/lib/services/users";
import { ZRegisterInput } from "@/lib/validation/auth";
import { parseOrThrow } from "@/lib/validation/issues";

describe("registerUser", () => {
  it("stores a bcrypt hash (cost ≥ 10), never the password, and normalises the email", async () => {
    const user = await registerUser(parseOrThrow(ZRegisterInput, { email: " Reg.One@Example.TEST", password: "secret123", name: "注册一号" }));
    expect(user).toEqual({ id: expect.any(String), email: "reg.one@example.test", name: "注册一号" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).not.toContain("secret123");
    expect(Number(/^\$2[aby]\$(\d\d)\$/.exec(row.passwordHash)?.[1])).toBeGreaterThanOrEqual(10);
    expect(await verifyPassword("secret123", row.passwordHash)).toBe(true);
  });

  it("refuses a duplicate email (any case) with a clear error and writes nothing", async () => {
    await registerUser({ email: "dup@example.test", password: "secret123", name: "甲" });
    const attempt = registerUser(parseOrThrow(ZRegisterInput, { email: "DUP@example.test", password: "other4567", name: "乙" }));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.emailTaken" });
    const users = await db.user.findMany({ where: { email: "dup@example.test" }, select: { name: true } });
    expect(users).toEqual([{ name: "甲" }]);
  });

  it("refuses a weak password at the boundary, before anything is written", async () => {
    expect(() => parseOrThrow(ZRegisterInput, { email: "weak@example.test", password: "password", name: "弱" })).toThrow(
      expect.objectContaining({ code: "VALIDATION", messageKey: "validation.passwordWeak" }),
    );
    expect(await db.user.count({ where: { email: "weak@example.test" } })).toBe(0);
  });

  it("never returns the password hash from ordinary queries", async () => {
    const user = await registerUser({ email: "omit@example.test", password: "secret123", name: "丙" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it(`creates exactly ${SIGN_UP_PER_ADDRESS.limit} of 20 parallel sign-ups from one address; others and later windows are not affected`, async () => {
    const ip = "10.9.0.1";
    const signUp = (n: number, from: string) => registerUser({ email: `burst-${from}-${n}@example.test`, password: "secret123", name: "批量" }, { ip: from });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => signUp(n, ip)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(SIGN_UP_PER_ADDRESS.limit);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect(r.reason).toMatchObject({ code: "RATE_LIMITED" });
    }
    expect(await db.user.count({ where: { email: { startsWith: `burst-${ip}-` } } })).toBe(SIGN_UP_PER_ADDRESS.limit);

    await expect(signUp(0, "10.9.0.2")).resolves.toMatchObject({ name: "批量" });
    await db.rateLimit.update({ where: { key: `${SIGN_UP_PER_ADDRESS.prefix}:${ip}` }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(signUp(20, ip)).resolves.toMatchObject({ email: `burst-${ip}-20@example.test` });
  });
});
