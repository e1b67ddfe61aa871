"use client";

import { useRouter } from "next/navigation";

import { toast } from "@/components/ui/toast";

import { signOutAction } from "./actions";

/**
 * Signs this device out, then opens the sign-in page (the action deletes the cookie, which
 * empties the router's cache of the account's pages). A failure (the database unreachable) is
 * said and nothing changes.
 */
export function useSignOut(): () => Promise<void> {
  const router = useRouter();
  return async () => {
    const result = await signOutAction();
    if (!result.ok) return void toast.error(result.message);
    router.replace("/login");
  };
}
