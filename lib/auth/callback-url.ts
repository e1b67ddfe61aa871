// Pure helpers shared by proxy.ts and the sign-in page (no database import: proxy.ts uses them).

export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

/** Paths that need a session; visitors without one are sent to /login?callbackUrl=… */
const PROTECTED_PREFIXES = ["/dashboard", "/companies", "/board", "/calendar", "/questions", "/review", "/import", "/settings"] as const;

/** Pages only for signed-out visitors. */
export const AUTH_PAGES = ["/login", "/register"] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * A callbackUrl is followed only when it is a same-origin relative path: it starts with one "/",
 * not "//" or "/\" (both mean another host to a browser), and has no control characters.
 * Anything else becomes /dashboard.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return DEFAULT_AFTER_SIGN_IN;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f\u007f]/.test(value)) return DEFAULT_AFTER_SIGN_IN;
  try {
    const base = "http://offerboard.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return DEFAULT_AFTER_SIGN_IN;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
}
