// Posts one JSON body to a webhook: the address is checked as the connection is made (after
// DNS, so a name that resolves to an internal address is refused too), 5 s for the whole
// exchange, no redirects followed, a body read of at most 16 KB.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";

import { isPublicAddress, parseWebhookUrl } from "./webhook-url";

export const WEBHOOK_TIMEOUT_MS = 5_000;
const MAX_RESPONSE_BYTES = 16 * 1024;

export class WebhookError extends Error {}

const allowsPrivate = () => ["1", "true"].includes(process.env.REMINDER_WEBHOOK_ALLOW_PRIVATE ?? "");

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
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !allowsPrivate() && !isPublicAddress(host)) throw new WebhookError("address not allowed");
  if (!allowsPrivate() && (host === "localhost" || host.endsWith(".localhost"))) throw new WebhookError("address not allowed");
  return url;
}

/** POSTs `body` as JSON to `target`; resolves on a 2xx answer, throws a WebhookError otherwise. */
export function postWebhook(target: string, body: unknown): Promise<void> {
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
        // The answer is read only to its end (at most MAX_RESPONSE_BYTES) and never shown.
        let received = 0;
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        response.on("close", () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new WebhookError(`HTTP ${status}`));
        });
      },
    );
    request.on("error", (error) => reject(error instanceof WebhookError ? error : new WebhookError(error.name === "AbortError" || error.name === "TimeoutError" ? "timed out" : "connection failed")));
    request.end(payload);
  });
}
