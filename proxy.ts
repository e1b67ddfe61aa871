// Next 16's middleware. It only redirects, from the session cookie alone (no database):
// signed-out visitors to app pages go to /login?callbackUrl=…, signed-in visitors to the auth
// pages go to /dashboard. Every page and action still checks the user itself (lib/auth).
import { NextResponse, type NextRequest } from "next/server";

import { AUTH_PAGES, DEFAULT_AFTER_SIGN_IN, isProtectedPath } from "@/lib/auth/callback-url";
import { sessionToken, sessionUserId } from "@/lib/auth/token";

async function hasSession(request: NextRequest): Promise<boolean> {
  return (await sessionUserId(sessionToken((name) => request.cookies.get(name)?.value))) !== null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = await hasSession(request);

  if (!signedIn && isProtectedPath(pathname)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // ?expired=1 comes from a page that found the session's user gone: let it sign in again.
  const isAuthPage = (AUTH_PAGES as readonly string[]).includes(pathname);
  if (signedIn && isAuthPage && !request.nextUrl.searchParams.has("expired")) {
    return NextResponse.redirect(new URL(DEFAULT_AFTER_SIGN_IN, request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/companies/:path*",
    "/board/:path*",
    "/questions/:path*",
    "/import/:path*",
    "/settings/:path*",
    "/login",
    "/register",
  ],
};
