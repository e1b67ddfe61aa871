// Sends one plain-text mail through the instance's SMTP server (SMTP_URL, read at each send; from
// SMTP_FROM), giving up after a few seconds at each step, so a dead mail server cannot hold a
// worker for long.
import nodemailer from "nodemailer";

const TIMEOUT_MS = 10_000;

export class MailError extends Error {}

/** The SMTP server reminders are mailed through, or null when the instance has none. */
export const smtpUrl = () => process.env.SMTP_URL || null;

const fromAddress = () => process.env.SMTP_FROM || "Offerboard <reminders@offerboard.invalid>";

/** Mails `text` under `subject` to `to`; throws a MailError when the server does not take it. */
export async function sendMail(to: string, subject: string, text: string): Promise<void> {
  const url = smtpUrl();
  if (!url) throw new MailError("email not configured");
  const transport = nodemailer.createTransport(url, { connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS });
  try {
    const info = await transport.sendMail({ from: fromAddress(), to, subject, text });
    if (info.rejected.length > 0) throw new MailError("address refused");
  } catch (error) {
    if (error instanceof MailError) throw error;
    const code = (error as { responseCode?: number }).responseCode;
    throw new MailError(code ? `SMTP ${code}` : "mail server unreachable");
  } finally {
    transport.close();
  }
}
