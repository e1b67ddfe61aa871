import { db, isPrismaError, transaction } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { isSignUpLimited, signUpKey } from "@/lib/auth/rate-limit";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZRegisterInput, type TRegisterInput } from "@/lib/validation/auth";

const userSelect = { id: true, email: true, name: true } satisfies Prisma.UserSelect;

/**
 * Creates an account; a taken email is a CONFLICT with a clear message, never a stack trace.
 * Given the client's address (sign-up on the web), an address that has created SIGN_UP_LIMIT
 * accounts in the last hour is refused (RATE_LIMITED), and each new account is counted in the
 * transaction that creates it.
 */
export async function registerUser(input: TRegisterInput, options: { ip?: string | null } = {}) {
  const { email, password, name } = ZRegisterInput.parse(input);
  const { ip } = options;
  if (ip && (await isSignUpLimited(ip))) throw new AppError("RATE_LIMITED");
  const passwordHash = await hashPassword(password);
  try {
    return await transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, passwordHash }, select: userSelect });
      if (ip) await tx.loginAttempt.create({ data: { key: signUpKey(ip) } });
      return user;
    });
  } catch (error) {
    if (isPrismaError(error, "P2002")) {
      throw new AppError("CONFLICT", "errors.emailTaken");
    }
    throw error;
  }
}

export async function setUserLocale(userId: string, locale: "zh" | "en") {
  assertUserId(userId);
  await db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
