// Next 16's middleware. It sends every page its Content-Security-Policy with a fresh script nonce
// (lib/security-headers.js), and redirects, from the session cookie alone (no database):
// signed-out visitors to app pages go to /login?callbackUrl=…, signed-in visitors to the auth
// pages go to /dashboard. Every page and action still checks the user itself (lib/auth).
import { NextResponse, type NextRequest } from "next/server";

import { AUTH_PAGES, DEFAULT_AFTER_SIGN_IN, isProtectedPath } from "@/lib/auth/callback-url";
import { sessionToken, sessionUserId } from "@/lib/auth/token";
import { newNonce, pageContentSecurityPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers.js";

async function hasSession(request: NextRequest): Promise<boolean> {
  return (await sessionUserId(sessionToken((name) => request.cookies.get(name)?.value))) !== null;
}

/** Where the visitor must go instead, or null; the session is read only on the paths that need it. */
async function authRedirect(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const isAuthPage = (AUTH_PAGES as readonly string[]).includes(pathname);
  if (!isAuthPage && !isProtectedPath(pathname)) return null;
  const signedIn = await hasSession(request);

  if (!signedIn && isProtectedPath(pathname)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // ?expired=1 comes from a page that found the session's user gone: let it sign in again.
  if (signedIn && isAuthPage && !request.nextUrl.searchParams.has("expired")) {
    return NextResponse.redirect(new URL(DEFAULT_AFTER_SIGN_IN, request.url));
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const https = servedOverHttps(process.env.NEXTAUTH_URL);
  const policy = pageContentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development", https });
  let response = await authRedirect(request);
  if (!response) {
    // Next takes the nonce for its scripts from the policy on the request.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Every page and its RSC requests; API routes and /_next files get their headers from next.config.js.
  matcher: ["/((?!api/|_next/).*)"],
};
