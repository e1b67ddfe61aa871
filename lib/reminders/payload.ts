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
