"use server";

import { headers } from "next/headers";

import { definePublicAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env.js";
import { registerUser } from "@/lib/services/users";
import { ZRegisterInput } from "@/lib/validation/auth";

/**
 * Creates an account, through the one action path (no user yet). Field errors come back
 * translated ({ email: ["该邮箱已注册…"] }); the client then signs in with the same credentials.
 */
export const registerAction = definePublicAction(ZRegisterInput, async (data) => {
  if (!env.ALLOW_REGISTRATION) throw new AppError("REGISTRATION_CLOSED");
  const requestHeaders = await headers();
  await registerUser(data, { ip: clientIp((name) => requestHeaders.get(name)) });
});
