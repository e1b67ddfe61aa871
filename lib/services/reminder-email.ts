import "server-only";

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

import { consumeAttempt, REMINDER_TESTS_PER_USER } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/dictionaries";
import { localeOf } from "@/lib/i18n/config";
import { sendMail, smtpUrl } from "@/lib/reminders/send-mail";
import type { TReminderEmailInput } from "@/lib/validation/reminders";

import { sendRecorded } from "./reminder-delivery";

// Mail reminders as settings sees them: on or off, to the account's address or to another one
// that receives reminders only after the user typed the code its test mail carried (so nobody can
// make the app mail an address they do not read).

/** A code's hash, bound to the address it was mailed to: it confirms that address and no other. */
const hashCode = (code: string, address: string) => createHash("sha256").update(`${address.toLowerCase()}\n${code.toUpperCase()}`).digest();
/** 8 characters a person can copy without confusing them (no 0/O, 1/I). */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const newCode = () => Array.from(randomBytes(8), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("");

export async function getReminderEmail(userId: string) {
  assertUserId(userId);
  const row = await db.reminderEmail.findUnique({ where: { userId }, select: { address: true, confirmedAt: true, lastSentAt: true, lastError: true, lastErrorAt: true } });
  return { available: smtpUrl() !== null, setting: row && { ...row, confirmed: row.address === null || row.confirmedAt !== null } };
}

/** Turns mail reminders on, to the account's address (null, or that same address) or to another one, unconfirmed until its code is entered. */
export async function saveReminderEmail(userId: string, input: TReminderEmailInput): Promise<void> {
  assertUserId(userId);
  if (!smtpUrl()) throw new AppError("VALIDATION", "reminders.email.unavailable");
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, reminderEmail: { select: { address: true } } } });
  if (!user) throw new AppError("NOT_FOUND");
  const address = input.address === null || input.address.toLowerCase() === user.email.toLowerCase() ? null : input.address;
  if (user.reminderEmail && user.reminderEmail.address === address) return;
  const data = { address, confirmedAt: null, codeHash: null, lastError: null, lastErrorAt: null };
  await db.reminderEmail.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

export async function removeReminderEmail(userId: string): Promise<void> {
  assertUserId(userId);
  await db.reminderEmail.deleteMany({ where: { userId } });
}

/** Mails a test to where reminders go; to an unconfirmed address it carries the code that confirms it. */
export async function sendTestMail(userId: string): Promise<{ sent: boolean; error?: string }> {
  assertUserId(userId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, locale: true, reminderEmail: { select: { address: true, confirmedAt: true } } } });
  const row = user?.reminderEmail;
  if (!user || !row) throw new AppError("NOT_FOUND", "reminders.email.off");
  if (!smtpUrl()) throw new AppError("VALIDATION", "reminders.email.unavailable");
  if (!(await consumeAttempt(REMINDER_TESTS_PER_USER, userId)).allowed) throw new AppError("RATE_LIMITED");
  const t = translatorFor(localeOf(user.locale));
  const code = row.address !== null && row.confirmedAt === null ? newCode() : null;
  if (code) await db.reminderEmail.update({ where: { userId }, data: { codeHash: hashCode(code, row.address!).toString("hex") } });
  const text = [t("reminders.message.test"), ...(code ? ["", t("reminders.mail.testCode", { code })] : [])].join("\n");
  return sendRecorded(userId, "EMAIL", () => sendMail(row.address ?? user.email, t("reminders.mail.testSubject"), `${text}\n`));
}

/** Confirms the other address with the code of its latest test mail; a wrong code shows under the field. */
export async function confirmReminderEmail(userId: string, code: string): Promise<void> {
  assertUserId(userId);
  if (!(await consumeAttempt(REMINDER_TESTS_PER_USER, userId)).allowed) throw new AppError("RATE_LIMITED");
  const row = await db.reminderEmail.findUnique({ where: { userId }, select: { address: true, codeHash: true } });
  if (!row?.address || !row.codeHash) throw new AppError("NOT_FOUND", "reminders.email.noCode");
  const expected = Buffer.from(row.codeHash, "hex");
  if (!timingSafeEqual(expected, hashCode(code, row.address))) throw new AppError("VALIDATION", "reminders.email.badCode", { field: "code" });
  await db.reminderEmail.updateMany({ where: { userId, address: row.address }, data: { confirmedAt: new Date(), codeHash: null } });
}
