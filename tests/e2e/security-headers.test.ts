import type { APIResponse, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import { baseUrl, newPage, signedInPage } from "@/tests/helpers/browser";
import { browserSuite } from "@/tests/helpers/browser-suite";

// Every kind of response carries the security headers; a page's script nonce is fresh per request
// and is the one on its scripts; no page can be framed, not even by a page of the same origin.

// Bytes the upload accepts as a PNG (it goes by the signature); only the response's headers matter here.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const suite = browserSuite();
let page: Page;

beforeAll(async () => {
  const user = await suite.createTestUser("安全头");
  const { saveAssets } = await import("@/lib/services/import-assets");
  await saveAssets(user.id, [{ name: "pixel.png", bytes: PNG }]);
  page = await signedInPage(suite.browser, user);
});

/** A request with the signed-in user's cookies; redirects are not followed. */
function get(path: string, headers: Record<string, string> = {}): Promise<APIResponse> {
  return page.request.get(path, { headers, maxRedirects: 0 });
}

/** A request without cookies, as a signed-out visitor makes it. */
async function anonymous(path: string): Promise<{ status: number; headers: Record<string, string> }> {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
  return { status: response.status, headers: Object.fromEntries(response.headers) };
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["permissions-policy"], what).toContain("microphone=()");
  expect(headers["permissions-policy"], what).toContain("geolocation=()");
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  // Served over http here (NEXTAUTH_URL is http://localhost:…): no HSTS.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, what).toContain("frame-ancestors 'none'");
  expect(policy, what).not.toContain("unsafe-eval");
  expect(policy, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  return policy;
}

/** The nonce of a page's policy, after checking the policy is the page one. */
function pageNonce(policy: string, what: string): string {
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)' 'strict-dynamic'(;|$)/.exec(policy)?.[1];
  expect(nonce, `${what}: ${policy}`).toBeDefined();
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data: blob: https:", "font-src 'self' data:", "connect-src 'self'"]) {
    expect(policy, what).toContain(directive);
  }
  return nonce!;
}

/** The policy of a response that is not a page: it runs no script and loads nothing. */
function expectResourcePolicy(policy: string) {
  expect(policy).toMatch(/^default-src 'none'/);
  expect(policy).not.toContain("script-src");
  return policy;
}

describe("security headers", () => {
  it("gives every page a fresh nonce, the one its scripts carry", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await get("/dashboard");
      expect(response.status()).toBe(200);
      const nonce = pageNonce(expectSecurityHeaders(response.headers(), "page"), "page");
      nonces.add(nonce);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.length).toBeGreaterThan(2);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(3);
  });

  it("sends the headers with RSC requests, API JSON, static chunks, 404s and redirects", async () => {
    const html = await (await get("/companies")).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeDefined();

    // An RSC request as the app makes it: a client navigation (or its prefetch) from the dashboard.
    await page.goto("/dashboard");
    const rsc = page.waitForResponse((response) => response.request().headers()["rsc"] === "1");
    await page.locator('a[href="/companies"]').first().click();
    const payload = await rsc;
    expect(payload.headers()["content-type"]).toContain("text/x-component");
    pageNonce(expectSecurityHeaders(await payload.allHeaders(), "RSC"), "RSC");

    const json = await get("/api/health");
    expect(json.headers()["content-type"]).toContain("application/json");
    expectResourcePolicy(expectSecurityHeaders(json.headers(), "API JSON"));
    expectResourcePolicy(expectSecurityHeaders((await anonymous("/api/export")).headers, "API 401"));

    const image = await get("/api/assets/pixel.png");
    expect(image.headers()["content-type"]).toBe("image/png");
    // One policy, not the route's and the config's joined into a list.
    expect(expectResourcePolicy(expectSecurityHeaders(image.headers(), "image file"))).not.toContain(",");

    const script = await get(chunk!);
    expect(script.status()).toBe(200);
    expectResourcePolicy(expectSecurityHeaders(script.headers(), "static chunk"));
    const missingChunk = await get("/_next/static/chunks/missing.js");
    expect(missingChunk.status()).toBe(404);
    expectSecurityHeaders(missingChunk.headers(), "missing static file");

    const notFound = await get("/no-such-page");
    expect(notFound.status()).toBe(404);
    pageNonce(expectSecurityHeaders(notFound.headers(), "404 page"), "404 page");

    const toLogin = await anonymous("/companies?tier=S");
    expect(toLogin.status).toBe(307);
    expect(toLogin.headers.location).toContain("/login?callbackUrl=%2Fcompanies%3Ftier%3DS");
    pageNonce(expectSecurityHeaders(toLogin.headers, "redirect to sign-in"), "redirect to sign-in");
    const toDashboard = await get("/login");
    expect(toDashboard.status()).toBe(307);
    expectSecurityHeaders(toDashboard.headers(), "redirect to the dashboard");
  });

  it("cannot be framed, not even by a page of the same origin", async () => {
    const framer = await newPage(suite.browser);
    await framer.context().addCookies(await page.context().cookies());
    await framer.route("**/framing-host", (route) =>
      route.fulfill({ contentType: "text/html", body: '<!doctype html><title>host</title><iframe src="/companies"></iframe>' }),
    );
    // The host page's load event waits for its frame, loaded or refused.
    await framer.goto("/framing-host", { waitUntil: "load" });
    // A framed app page would be same-origin, so its document would be readable here.
    const framed = await framer.evaluate(() => document.querySelector("iframe")?.contentDocument?.title ?? null);
    expect(framed ?? "").not.toContain("Offerboard");
    await framer.context().close();
  });
});
