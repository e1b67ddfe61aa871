import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { requireApiUser, type TCurrentUser } from "@/lib/auth";
import { toActionError, type TActionResult } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import { parseOrThrow } from "@/lib/validation/issues";

// The one path of every server action: the signed-in user first, the input parsed once with its
// Z… schema, one service call, and every error mapped in one place (toActionError) into one
// result shape, { ok: true, data } or { ok: false, code, message, fieldErrors? }.

type TAction<T> = (input?: unknown) => Promise<TActionResult<T>>;

/** The input of an action that takes none. */
export const ZNoInput = z.undefined();

/** `revalidate`: the layout whose pages show what the action changed, refreshed after it succeeds. */
type TActionOptions = { revalidate?: string };

async function settle<T>(work: () => Promise<T>): Promise<TActionResult<T>> {
  try {
    const data = await work();
    return { ok: true, data };
  } catch (error) {
    return toActionError(error, await getTranslations());
  }
}

/** An action of a signed-in user: no session is UNAUTHORIZED before the input is even read. */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  run: (data: z.output<S>, user: TCurrentUser) => Promise<T>,
  options: TActionOptions = {},
): TAction<T> {
  return async (input) =>
    settle(async () => {
      const user = await requireApiUser();
      const data = await run(parseOrThrow(schema, input), user);
      if (options.revalidate) revalidatePath(options.revalidate, "layout");
      return data;
    });
}

/** An action open to visitors (sign-up, language, theme): the same parsing and error mapping, no user. */
export function definePublicAction<S extends z.ZodType, T>(schema: S, run: (data: z.output<S>) => Promise<T>): TAction<T> {
  return async (input) => settle(async () => run(parseOrThrow(schema, input)));
}
