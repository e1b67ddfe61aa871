// The body each webhook preset expects for one reminder text. Pure.
import type { WebhookPreset } from "@/lib/generated/prisma/enums";

export type TReminderMessage = { title: string; text: string };

/** The JSON body to POST for `message` to a webhook of `preset`. */
export function webhookBody(preset: WebhookPreset, message: TReminderMessage): Record<string, unknown> {
  switch (preset) {
    case "WECOM":
      return { msgtype: "text", text: { content: `${message.title}\n${message.text}` } };
    case "FEISHU":
      return { msg_type: "text", content: { text: `${message.title}\n${message.text}` } };
    case "BARK":
      return { title: message.title, body: message.text, group: "Offerboard" };
    case "SERVERCHAN":
      return { title: message.title, desp: message.text };
    case "GENERIC":
      return { title: message.title, text: message.text };
  }
}

/** The field of a preset's JSON answer that is 0 when the message was taken (a 200 can still refuse it). */
const ANSWER_CODE: Partial<Record<WebhookPreset, readonly string[]>> = {
  WECOM: ["errcode"],
  // Feishu's current bots answer `code`, its older ones `StatusCode`.
  FEISHU: ["code", "StatusCode"],
  SERVERCHAN: ["code"],
};

/**
 * Why a preset's 2xx answer `text` still means the message was refused (企业微信 `errcode`, 飞书
 * `code`, Server酱 `code` not 0, or no such answer at all), or null when it was taken.
 */
export function refusedAnswer(preset: WebhookPreset, text: string): string | null {
  const fields = ANSWER_CODE[preset];
  if (!fields) return null;
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return "unexpected answer";
  }
  if (typeof answer !== "object" || answer === null) return "unexpected answer";
  const record = answer as Record<string, unknown>;
  const field = fields.find((name) => name in record);
  if (field === undefined) return "unexpected answer";
  if (record[field] === 0) return null;
  const reason = [record.errmsg, record.msg, record.message, record.StatusMessage].find((value) => typeof value === "string" && value !== "");
  return `${field} ${String(record[field]).slice(0, 20)}${reason ? `: ${String(reason).slice(0, 200)}` : ""}`;
}
