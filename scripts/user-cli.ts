import "server-only";

import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/dictionaries";
import type { TMessageKey } from "@/lib/i18n/types";
import { ZRegisterInput } from "@/lib/validation/auth";

import { registerUser } from "@/lib/services/users";

/** The form's messages → the terminal's, which name the flag (cli.user). */
const CLI_KEYS: Record<string, TMessageKey> = {
  "validation.emailInvalid": "cli.user.emailInvalid",
  "validation.passwordTooShort": "cli.user.passwordTooShort",
  "validation.passwordTooLong": "cli.user.passwordTooLong",
  "validation.passwordWeak": "cli.user.passwordWeak",
  "validation.nameRequired": "cli.user.nameRequired",
  "validation.nameTooLong": "cli.user.nameTooLong",
  "errors.emailTaken": "cli.user.emailTaken",
};

/** The terminal speaks English, as the scripts' other output does. */
const t = translatorFor("en");
const cliMessage = (key: string) => {
  const cliKey = CLI_KEYS[key];
  return cliKey ? t(cliKey) : key;
};

/** registerUser with plain English errors for the terminal. */
export async function createUserFromCli(input: { email: string; password: string; name: string }) {
  const parsed = ZRegisterInput.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => cliMessage(issue.message)).join("; "));
  }
  try {
    return await registerUser(parsed.data);
  } catch (error) {
    if (error instanceof AppError) throw new Error(cliMessage(error.messageKey));
    throw error;
  }
}

