import "server-only";

import bcrypt from "bcryptjs";

import { db } from "@/lib/db";

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Whether `password` is the user's current one (the hash never leaves lib/auth). */
export async function isCurrentPassword(userId: string, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user ? verifyPassword(password, user.passwordHash) : false;
}
