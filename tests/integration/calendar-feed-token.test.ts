import { Readable } from "node:stream";

import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/calendar/[token]/route";
import { hashFeedToken } from "@/lib/calendar/feed-token";
import { db } from "@/lib/db";
import { getCalendarFeedToken, rotateCalendarFeed } from "@/lib/services/calendar-feed";
import { exportBackup } from "@/lib/services/export-backup";
import { restoreBackup } from "@/lib/services/restore";
import { registerUser } from "@/lib/services/users";
import { createTestUser, TEST_PASSWORD } from "@/tests/helpers/users";

const ORIGIN = "http://offerboard.test";
const status = async (token: string) =>
  (await GET(new Request(`${ORIGIN}/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) })).status;

/** Runs `work` as an instance whose secret is `secret`. */
async function withSecret<T>(secret: string, work: () => Promise<T>): Promise<T> {
  const saved = process.env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_SECRET = secret;
  try {
    return await work();
  } finally {
    process.env.NEXTAUTH_SECRET = saved;
  }
}

describe("the feed URL in settings", { timeout: 60_000 }, () => {
  it("is made on the first visit and is the same on every later one, until rotated", async () => {
    const user = await createTestUser();
    expect(await db.calendarFeed.count({ where: { userId: user.id } })).toBe(0);
    const token = await getCalendarFeedToken(user.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    expect(await getCalendarFeedToken(user.id)).toBe(token);
    expect(await status(token!)).toBe(200);

    const rotated = await rotateCalendarFeed(user.id);
    expect(await getCalendarFeedToken(user.id)).toBe(rotated);
    expect(await status(token!)).toBe(404);
    expect(await status(rotated)).toBe(200);
  });

  it("agrees on one token when two first visits run at once", async () => {
    const user = await createTestUser();
    const tokens = await Promise.all(Array.from({ length: 4 }, () => getCalendarFeedToken(user.id)));
    expect(new Set(tokens).size).toBe(1);
    expect(await status(tokens[0]!)).toBe(200);
  });

  it("keeps the token only sealed beside its hash, and bound to its user", async () => {
    const [alice, bob] = [await createTestUser(), await createTestUser()];
    const token = (await getCalendarFeedToken(alice.id))!;
    await getCalendarFeedToken(bob.id);
    const row = await db.calendarFeed.findUniqueOrThrow({ where: { userId: alice.id } });
    expect(row.tokenHash).toBe(hashFeedToken(token));
    expect(row.tokenSealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/u);
    expect(row.tokenSealed).not.toContain(token);
    // Alice's sealed token and hash copied whole into Bob's row open to nothing: the seal is bound to its user.
    await db.calendarFeed.delete({ where: { userId: alice.id } });
    await db.calendarFeed.update({ where: { userId: bob.id }, data: { tokenSealed: row.tokenSealed, tokenHash: row.tokenHash } });
    expect(await getCalendarFeedToken(bob.id)).toBeNull();
  });

  it("cannot be shown by an instance with another secret, nor for a link made before it was kept", async () => {
    const user = await createTestUser();
    const token = (await getCalendarFeedToken(user.id))!;
    expect(await withSecret("another-instance-secret-another-instance", () => getCalendarFeedToken(user.id))).toBeNull();
    expect(await getCalendarFeedToken(user.id)).toBe(token);

    await db.calendarFeed.update({ where: { userId: user.id }, data: { tokenSealed: null } });
    expect(await getCalendarFeedToken(user.id)).toBeNull();
    // The old link keeps working until a new one is made.
    expect(await status(token)).toBe(200);
    const fresh = await rotateCalendarFeed(user.id);
    expect(await getCalendarFeedToken(user.id)).toBe(fresh);
  });

  it("is not carried by a backup: the account restored elsewhere gets a new link and the old one is 404", async () => {
    const user = await createTestUser();
    const token = (await getCalendarFeedToken(user.id))!;
    const { tokenHash, tokenSealed } = await db.calendarFeed.findUniqueOrThrow({ where: { userId: user.id } });
    const backup = await new Response(await exportBackup(user.id)).text();
    for (const secret of [token, tokenHash, tokenSealed!, tokenSealed!.slice(3)]) expect(backup).not.toContain(secret);

    // The old instance's account is gone; the same person signs up on the new one and restores.
    await db.user.delete({ where: { id: user.id } });
    const again = await registerUser({ email: user.email, password: TEST_PASSWORD, name: user.name });
    await restoreBackup(again.id, Readable.from([backup]));
    const fresh = await getCalendarFeedToken(again.id);
    expect(fresh).not.toBe(token);
    expect(await status(token)).toBe(404);
    expect(await status(fresh!)).toBe(200);
  });
});
