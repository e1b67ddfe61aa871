// Posts one JSON body to a webhook: the address is checked as the connection is made (after
// DNS, so a name that resolves to an internal address is refused too, and the connection goes to
// the address that was checked), ports 80 and 443 only, 5 s for the whole exchange, no redirects
// followed, an answer read of at most 16 KB.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";

import type { WebhookPreset } from "@/lib/generated/prisma/enums";

import { refusedAnswer, webhookBody, type TReminderMessage } from "./payload";
import { isPublicAddress, parseWebhookUrl } from "./webhook-url";

const WEBHOOK_TIMEOUT_MS = 5_000;
const MAX_RESPONSE_BYTES = 16 * 1024;

export class WebhookError extends Error {}

const allowsPrivate = () => ["1", "true"].includes(process.env.REMINDER_WEBHOOK_ALLOW_PRIVATE ?? "");
/** The ports of the web; an instance that allows private addresses allows any port (a local receiver). */
const WEB_PORTS = new Set(["", "80", "443"]);

const checkedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.find((entry) => !allowsPrivate() && !isPublicAddress(entry.address));
    if (refused) return callback(new WebhookError("address not allowed"), "", 0);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(new WebhookError("no address"), "", 0);
    callback(null, first.address, first.family);
  });
};

/** Throws a WebhookError when `value` is not a URL reminders may be posted to (before any DNS). */
export function assertWebhookUrl(value: string): URL {
  const url = parseWebhookUrl(value);
  if (!url) throw new WebhookError("not an http(s) URL");
  if (!allowsPrivate() && !WEB_PORTS.has(url.port)) throw new WebhookError("port not allowed");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !allowsPrivate() && !isPublicAddress(host)) throw new WebhookError("address not allowed");
  if (!allowsPrivate() && (host === "localhost" || host.endsWith(".localhost"))) throw new WebhookError("address not allowed");
  return url;
}

/** Sends `message` to a webhook of `preset`; throws a WebhookError unless the service took it. */
export async function sendWebhook(preset: WebhookPreset, target: string, message: TReminderMessage): Promise<void> {
  const refused = refusedAnswer(preset, await postWebhook(target, webhookBody(preset, message)));
  if (refused) throw new WebhookError(refused);
}

/** POSTs `body` as JSON to `target`; resolves with a 2xx answer's text, throws a WebhookError otherwise. */
function postWebhook(target: string, body: unknown): Promise<string> {
  const url = assertWebhookUrl(target);
  const payload = Buffer.from(JSON.stringify(body));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        lookup: checkedLookup,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        headers: { "content-type": "application/json; charset=utf-8", "content-length": payload.length, "user-agent": "Offerboard reminders" },
      },
      (response) => {
        // The answer is read to its end (at most MAX_RESPONSE_BYTES) for the service's own verdict.
        const chunks: Buffer[] = [];
        let received = 0;
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
          else chunks.push(chunk);
        });
        response.on("close", () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(Buffer.concat(chunks).toString("utf8"));
          else reject(new WebhookError(`HTTP ${status}`));
        });
      },
    );
    request.on("error", (error) => reject(error instanceof WebhookError ? error : new WebhookError(error.name === "AbortError" || error.name === "TimeoutError" ? "timed out" : "connection failed")));
    request.end(payload);
  });
}
