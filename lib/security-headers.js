// Security headers: the browser runs, loads and frames only what the app itself serves.
// Plain JavaScript with JSDoc types: next.config.js (headers on every response) and proxy.ts
// (a page's Content-Security-Policy, with a fresh script nonce per request) both import it.

/**
 * Whether the app is served over https: NEXTAUTH_URL is its public address. Strict-Transport-Security
 * and upgrade-insecure-requests are sent only then, so a plain-http instance (localhost, a LAN
 * box) is never pinned to an https it does not have.
 * @param {string | undefined} appUrl
 */
export function servedOverHttps(appUrl) {
  return appUrl?.startsWith("https://") ?? false;
}

/** A fresh script nonce: 128 random bits, base64. */
export function newNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy of a page. Next reads the nonce from this header on the request and
 * puts it on its own scripts; 'strict-dynamic' lets those scripts load the route's chunks, and no
 * other script runs (no 'unsafe-inline'; 'unsafe-eval' only under `next dev`, where React
 * rebuilds server error stacks with eval).
 *
 * Styles keep 'unsafe-inline' (without a nonce in style-src, which would switch it off): style
 * attributes are part of the server-rendered HTML (KaTeX sizes every glyph with them, progress
 * bars and the funnel set their widths), and <style> elements are created at run time by
 * libraries that take no nonce (sonner's toasts insert their stylesheet; Radix dialogs and menus
 * lock scrolling through react-remove-scroll). Markdown from users carries no <style>, and style
 * attributes only on images, filtered by the sanitizer to plain sizes.
 *
 * Images: 'self' (the app's /api/assets), data: and blob: URLs, and https: for remote images in
 * answers, which load only after the reader clicks them. Everything the list does not name
 * (frames, media, workers, manifests) is refused: default-src 'none'.
 * @param {{ nonce: string; dev: boolean; https: boolean }} options
 */
export function pageContentSecurityPolicy({ nonce, dev, https }) {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Responses that are not pages (API JSON, files, scripts, styles) run and load nothing. The few
 * HTML pages next-auth serves itself under /api/auth (the sign-out confirmation, its error page)
 * keep their inline stylesheet and their form, which posts back to the app.
 */
export const RESOURCE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** HSTS for two years, subdomains included; sent by proxy.ts only when servedOverHttps(). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The headers every response carries, whatever serves it.
 * Referrer-Policy is strict-origin-when-cross-origin rather than no-referrer: under no-referrer a
 * browser sends `Origin: null` with a plain form POST, which Next's server-action origin check
 * rejects; other sites still see only the origin, never a path or query.
 * @type {{ key: string; value: string }[]}
 */
export const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
