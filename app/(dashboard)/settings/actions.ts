"use server";

// Account security, through the one action path (lib/actions/define-action).
import { headers } from "next/headers";

import { defineAction, ZNoInput } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/rate-limit";
import { changePassword, signOutEverywhere } from "@/lib/services/users";
import { ZChangePasswordInput } from "@/lib/validation/auth";

/**
 * Changes the password (the current one required); every other session ends, this one stays.
 * A wrong current password shows under its field; too many guesses say when to try again.
 */
export const changePasswordAction = defineAction(ZChangePasswordInput, async (data, user) => {
  const requestHeaders = await headers();
  await changePassword(user, data, clientIp((name) => requestHeaders.get(name)));
});

/** Ends every session of the user, this one included; the client then clears its cookie. */
export const signOutEverywhereAction = defineAction(ZNoInput, (_none, user) => signOutEverywhere(user.id));
