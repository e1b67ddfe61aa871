import { describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { changeEmail, registerUser, renameUser, setUserTimeZone } from "@/lib/services/users";
import { ZChangeEmailInput, ZNameInput, ZTimeZoneInput } from "@/lib/validation/account";
import { ZRegisterInput } from "@/lib/validation/auth";
import { parseOrThrow } from "@/lib/validation/issues";
import { createTestUser, TEST_PASSWORD } from "@/tests/helpers/users";

const signUp = (timeZone: unknown) =>
  registerUser(parseOrThrow(ZRegisterInput, { email: `tz-${Math.random()}@example.test`, password: "secret123", name: "时区", timeZone }));
const zoneOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { timeZone: true } })).timeZone;

describe("the time zone sent with the sign-up form", () => {
  it("is stored in its canonical spelling when the runtime knows it", async () => {
    expect(await zoneOf((await signUp("America/Los_Angeles")).id)).toBe("America/Los_Angeles");
    expect(await zoneOf((await signUp("US/Pacific")).id)).toBe("America/Los_Angeles");
  });

  it("leaves the default (Asia/Shanghai) when unknown, malformed or missing, and the sign-up still succeeds", async () => {
    for (const sent of ["Mars/Olympus_Mons", "+05:00", "x".repeat(10_000), 42, null, undefined]) {
      expect(await zoneOf((await signUp(sent)).id)).toBe("Asia/Shanghai");
    }
  });
});

describe("changing the time zone in settings", () => {
  it("refuses a zone the runtime does not know with a translated field message", () => {
    expect(() => parseOrThrow(ZTimeZoneInput, { timeZone: "Mars/Olympus_Mons" })).toThrow(
      expect.objectContaining({ code: "VALIDATION", details: { fields: { timeZone: ["validation.timeZoneUnknown"] } } }),
    );
  });

  it("stores the zone in its canonical spelling and leaves stored instants untouched", async () => {
    const user = await createTestUser();
    const at = new Date("2026-06-01T11:00:00.000Z");
    const company = await db.company.create({ data: { userId: user.id, name: "瞬间", normalizedName: "瞬间" }, select: { id: true } });
    const application = await db.application.create({ data: { userId: user.id, companyId: company.id, appliedAt: at }, select: { id: true } });
    await db.stageEvent.create({ data: { userId: user.id, applicationId: application.id, position: 0, stage: "INTERVIEW", scheduledAt: at } });
    await setUserTimeZone(user.id, parseOrThrow(ZTimeZoneInput, { timeZone: "america/los_angeles" }).timeZone);
    expect(await zoneOf(user.id)).toBe("America/Los_Angeles");
    const event = await db.stageEvent.findFirstOrThrow({ where: { userId: user.id }, select: { scheduledAt: true, application: { select: { appliedAt: true } } } });
    expect([event.scheduledAt, event.application.appliedAt]).toEqual([at, at]);
  });
});

describe("profile", () => {
  it("renames the user; an empty or 51-character name is refused before anything is written", async () => {
    const user = await createTestUser("旧名");
    expect(() => parseOrThrow(ZNameInput, { name: "   " })).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => parseOrThrow(ZNameInput, { name: "名".repeat(51) })).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    await renameUser(user.id, parseOrThrow(ZNameInput, { name: "  新名  " }).name);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe("新名");
  });

  it("changes the email only with the right current password, and normalises it", async () => {
    const user = await createTestUser();
    const wrong = changeEmail(user, parseOrThrow(ZChangeEmailInput, { email: "new-a@example.test", currentPassword: "not-the-password-1" }), null);
    await expect(wrong).rejects.toMatchObject({ code: "VALIDATION", messageKey: "settings.currentPasswordWrong", details: { field: "currentPassword" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(user.email);

    const fresh = `Moved-${Date.now()}@Example.TEST`;
    await changeEmail(user, parseOrThrow(ZChangeEmailInput, { email: fresh, currentPassword: TEST_PASSWORD }), null);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, passwordHash: true } });
    expect(row.email).toBe(fresh.toLowerCase());
    expect(await verifyPassword(TEST_PASSWORD, row.passwordHash)).toBe(true);
  });

  it("says another account has the email, under the email field, and changes nothing", async () => {
    const [user, other] = [await createTestUser(), await createTestUser()];
    const attempt = changeEmail(user, parseOrThrow(ZChangeEmailInput, { email: other.email.toUpperCase(), currentPassword: TEST_PASSWORD }), null);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", messageKey: "settings.emailInUse", details: { field: "email" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(user.email);
  });

  it(`is limited like the password form: after ${SIGN_IN_PER_ADDRESS.limit} guesses from one address, even the right password waits`, async () => {
    const user = await createTestUser();
    const ip = `10.77.${Math.floor(Math.random() * 250)}.1`;
    const guess = (currentPassword: string) => changeEmail(user, parseOrThrow(ZChangeEmailInput, { email: `g-${Math.random()}@example.test`, currentPassword }), ip);
    for (let n = 0; n < SIGN_IN_PER_ADDRESS.limit; n++) await expect(guess("wrong-guess-1")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(guess(TEST_PASSWORD)).rejects.toMatchObject({ code: "RATE_LIMITED", messageKey: "auth.rateLimited" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(user.email);
  });
});
