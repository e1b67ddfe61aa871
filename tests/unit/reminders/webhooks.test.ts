import { lookup } from "node:dns/promises";
import { hostname } from "node:os";

import { afterEach, describe, expect, it, vi } from "vitest";

import { refusedAnswer, webhookBody } from "@/lib/reminders/payload";
import { assertWebhookUrl, sendWebhook } from "@/lib/reminders/send-webhook";
import { isPublicAddress, parseWebhookUrl } from "@/lib/reminders/webhook-url";

afterEach(() => vi.unstubAllEnvs());

describe("webhook addresses", () => {
  it("refuses loopback, private, link-local, CGNAT, multicast and unspecified addresses, v4 and v6", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1", "fc12::3", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not-an-ip"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("refuses site-local, IPv4-compatible, NAT64 (both prefixes), discard-only and mapped-in-hex IPv6 addresses", () => {
    for (const address of ["fec0::1", "feff::1", "::7f00:1", "::a00:1", "::8.8.8.8", "64:ff9b::a00:1", "64:ff9b:1::a00:1", "64:ff9b:1:ffff::1", "100::1", "100::ffff:ffff:ffff:ffff", "::ffff:7f00:1", "::ffff:a9fe:a9fe"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(() => assertWebhookUrl("http://[::ffff:127.0.0.1]/"), "mapped literal").toThrow(/not allowed/);
    expect(() => assertWebhookUrl("http://[fec0::1]/"), "site-local literal").toThrow(/not allowed/);
  });

  it("accepts public addresses", () => {
    for (const address of ["8.8.8.8", "172.32.0.1", "100.128.0.1", "2400:3200::1", "::ffff:1.2.3.4", "64:ff9b:2::1", "100:0:0:1::1", "ff0::1"]) {
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

  it("takes the web's ports only (80, 443), any port when the instance allows private addresses", () => {
    for (const value of ["https://qyapi.weixin.qq.com/hook", "http://example.com:80/", "https://example.com:443/", "http://example.com:443/"]) {
      expect(assertWebhookUrl(value).hostname, value).not.toBe("");
    }
    for (const value of ["http://example.com:8080/", "https://example.com:8443/", "http://example.com:22/", "http://8.8.8.8:6379/"]) {
      expect(() => assertWebhookUrl(value), value).toThrow("port not allowed");
    }
    vi.stubEnv("REMINDER_WEBHOOK_ALLOW_PRIVATE", "true");
    expect(assertWebhookUrl("https://example.com:8443/").port).toBe("8443");
  });

  it("refuses a name that resolves to a loopback address when the connection is made", async () => {
    // The machine's own name passes the name check; its answer from /etc/hosts (a loopback or
    // private address on any test machine) does not.
    const name = hostname();
    const { address } = await lookup(name);
    expect(isPublicAddress(address)).toBe(false);
    expect(assertWebhookUrl(`http://${name}/`).hostname).toBe(name.toLowerCase());
    await expect(sendWebhook("GENERIC", `http://${name}/`, { title: "t", text: "x" })).rejects.toThrow("address not allowed");
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

describe("a service's own verdict in a 200 answer", () => {
  it("企业微信 errcode, 飞书 code (or StatusCode), Server酱 code: 0 is taken, anything else is refused", () => {
    expect(refusedAnswer("WECOM", '{"errcode":0,"errmsg":"ok"}')).toBeNull();
    expect(refusedAnswer("WECOM", '{"errcode":93000,"errmsg":"invalid webhook url"}')).toBe("errcode 93000: invalid webhook url");
    expect(refusedAnswer("FEISHU", '{"code":0,"msg":"success","data":{}}')).toBeNull();
    expect(refusedAnswer("FEISHU", '{"code":19021,"msg":"sign match fail"}')).toBe("code 19021: sign match fail");
    expect(refusedAnswer("FEISHU", '{"StatusCode":0,"StatusMessage":"success"}')).toBeNull();
    expect(refusedAnswer("SERVERCHAN", '{"code":0,"message":""}')).toBeNull();
    expect(refusedAnswer("SERVERCHAN", '{"code":40001,"message":"bad pushtoken"}')).toBe("code 40001: bad pushtoken");
  });

  it("an answer that is not the service's JSON is refused for the presets that have one; Bark and generic go by the status", () => {
    for (const preset of ["WECOM", "FEISHU", "SERVERCHAN"] as const) {
      for (const text of ["", "ok", "<html>", "[]", "null", '{"status":"ok"}']) expect(refusedAnswer(preset, text), `${preset} ${text}`).toBe("unexpected answer");
    }
    expect(refusedAnswer("BARK", "")).toBeNull();
    expect(refusedAnswer("GENERIC", "<html>")).toBeNull();
  });
});
