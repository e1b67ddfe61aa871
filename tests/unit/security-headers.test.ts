import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { newNonce, pageContentSecurityPolicy, servedOverHttps } from "@/lib/security-headers.js";
import { proxy } from "@/proxy";

// Next takes a nonce from the request's policy only in this shape (get-script-nonce-from-header.js).
const NEXT_NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("page Content-Security-Policy", () => {
  it("runs only nonced scripts in production, and allows eval only in development", () => {
    const production = pageContentSecurityPolicy({ nonce: "abc=", dev: false, https: false });
    expect(production).toContain("script-src 'self' 'nonce-abc=' 'strict-dynamic';");
    expect(production).not.toContain("unsafe-eval");
    expect(production).not.toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy({ nonce: "abc=", dev: true, https: false })).toContain("'strict-dynamic' 'unsafe-eval';");
    expect(pageContentSecurityPolicy({ nonce: "abc=", dev: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("makes a new 128-bit nonce each time, in the form Next reads", () => {
    const nonces = Array.from({ length: 100 }, newNonce);
    expect(new Set(nonces).size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(NEXT_NONCE);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });

  it("counts only an https:// public URL as https", () => {
    expect(servedOverHttps("https://offers.example.com")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});

describe("proxy", () => {
  const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));

  it("hands Next the policy it sends, with a fresh nonce per request", async () => {
    const policies = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await proxy(request("/no-such-page"));
      const policy = response.headers.get("content-security-policy")!;
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      expect(response.headers.get("location")).toBeNull();
      policies.add(policy);
    }
    expect(policies.size).toBe(2);
  });

  it("keeps redirecting signed-out visitors of app pages to sign-in, with the policy on the redirect", async () => {
    const response = await proxy(request("/companies?tier=S"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fcompanies%3Ftier%3DS");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await proxy(request("/login"))).headers.get("location")).toBeNull();
  });

  it("sends HSTS only when the public URL is https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect((await proxy(request("/login"))).headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NEXTAUTH_URL", "https://offers.example.com");
    const secure = await proxy(request("/dashboard"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
