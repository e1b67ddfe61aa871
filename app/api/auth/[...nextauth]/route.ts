import NextAuth from "next-auth";
import { NextRequest } from "next/server";

import { authOptions } from "@/lib/auth";
import { readBody } from "@/lib/http/request";
import { errorResponse } from "@/lib/http/response";

const handler = NextAuth(authOptions);

/** Sign-in, sign-out and CSRF posts are a few hundred bytes; next-auth would buffer any body whole. */
const MAX_AUTH_BODY_BYTES = 64 * 1024;

async function POST(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBody(request, MAX_AUTH_BODY_BYTES, "errors.TOO_LARGE");
  } catch (error) {
    return errorResponse(error);
  }
  return handler(new NextRequest(request, { body }), context);
}

export { handler as GET, POST };
