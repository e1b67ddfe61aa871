import { lookup } from "node:dns/promises";
import { hostname } from "node:os";

import { afterEach, describe, expect, it, vi } from "vitest";

import { webhookBody } from "@/lib/reminders/payload";
import { assertWebhookUrl, postWebhook } from "@/lib/reminders/send-webhook";
import { isPublicAddress, parseWebhookUrl } from "@/lib/reminders/webhook-url";

afterEach(() => vi.unstubAllEnvs());

describe("webhook addresses", () => {
  it("refuses loopback, private, link-local, CGNAT, multicast and unspecified addresses, v4 and v6", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1", "fc12::3", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not-an-ip"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("accepts public addresses", () => {
    for (const address of ["8.8.8.8", "172.32.0.1", "100.128.0.1", "2400:3200::1", "::ffff:1.2.3.4"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it("takes http(s) URLs only, without credentials", () => {
    expect(parseWebhookUrl("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")?.hostname).toBe("qyapi.weixin.qq.com");
    for (const value of ["ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)", "https://user:pw@example.com/", "not a url", ""]) {
      expect(parseWebhookUrl(value), value).toBeNull();
    }
  });

  it("refuses literal internal hosts and localhost unless the instance allows them", () => {
    for (const value of ["http://127.0.0.1:8080/hook", "http://[::1]/", "http://169.254.169.254/latest/meta-data", "http://localhost:3000/", "http://a.localhost/"]) {
      expect(() => assertWebhookUrl(value), value).toThrow(/not allowed/);
    }
    vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "true");
    expect(assertWebhookUrl("http://127.0.0.1:8080/hook").port).toBe("8080");
  });

  it("refuses a name that resolves to a loopback address when the connection is made", async () => {
    // The machine's own name passes the name check; its answer from /etc/hosts (a loopback or
    // private address on any test machine) does not.
    const name = hostname();
    const { address } = await lookup(name);
    expect(isPublicAddress(address)).toBe(false);
    expect(assertWebhookUrl(`http://${name}:9/`).hostname).toBe(name.toLowerCase());
    await expect(postWebhook(`http://${name}:9/`, {})).rejects.toThrow("address not allowed");
  });
});

describe("webhook bodies per preset", () => {
  const message = { title: "日程提醒", text: "明天 19:00：字节跳动 二面" };
  it("puts the text where each service reads it", () => {
    expect(webhookBody("WECOM", message)).toEqual({ msgtype: "text", text: { content: "日程提醒\n明天 19:00：字节跳动 二面" } });
    expect(webhookBody("FEISHU", message)).toEqual({ msg_type: "text", content: { text: "日程提醒\n明天 19:00：字节跳动 二面" } });
    expect(webhookBody("BARK", message)).toMatchObject({ title: "日程提醒", body: "明天 19:00：字节跳动 二面" });
    expect(webhookBody("SERVERCHAN", message)).toEqual({ title: "日程提醒", desp: "明天 19:00：字节跳动 二面" });
    expect(webhookBody("GENERIC", message)).toEqual(message);
  });
});
