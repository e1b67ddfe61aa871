import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { AppError, assertUserId } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZRegisterInput, type TRegisterInput } from "@/lib/validation/auth";

const userSelect = { id: true, email: true, name: true } satisfies Prisma.UserSelect;

/** Creates an account; a taken email is a CONFLICT with a clear message, never a stack trace. */
export async function registerUser(input: TRegisterInput) {
  const { email, password, name } = ZRegisterInput.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { email, name, passwordHash }, select: userSelect });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "errors.emailTaken");
    }
    throw error;
  }
}

export async function setUserLocale(userId: string, locale: "zh" | "en") {
  assertUserId(userId);
  await db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
