import { randomUUID } from "node:crypto";

import { createSession, findSessionUser, type TCurrentUser } from "@/lib/auth/session-store";
import { registerUser } from "@/lib/services/users";

export const TEST_PASSWORD = "correct-horse-42";

/** A fresh user with a unique email: tests isolate their data by owning it. */
export async function createTestUser(name = "测试用户") {
  const email = `user-${randomUUID()}@example.test`;
  const user = await registerUser({ email, password: TEST_PASSWORD, name });
  return { ...user, password: TEST_PASSWORD };
}

/** What createTestUser gives: the stored user and the password it signs in with. */
export type TTestUser = Awaited<ReturnType<typeof createTestUser>>;

/** The user as a page reads it when signed in (a new session's read), settings included. */
export async function sessionUserOf(userId: string): Promise<TCurrentUser> {
  const user = await findSessionUser({ userId, sessionId: await createSession(userId) });
  if (!user) throw new Error(`no signed-in read for user ${userId}`);
  return user;
}
