import "server-only";

import { AppError } from "@/lib/errors";
import { ZRegisterInput } from "@/lib/validation/auth";

import { registerUser } from "@/lib/services/users";

const CLI_MESSAGES: Record<string, string> = {
  "validation.emailInvalid": "--email is not a valid email address",
  "validation.passwordTooShort": "--password must be at least 8 characters",
  "validation.passwordTooLong": "--password must be at most 128 characters",
  "validation.passwordWeak": "--password needs at least one letter and one digit",
  "validation.nameRequired": "--name must not be empty",
  "validation.nameTooLong": "--name must be at most 50 characters",
  "errors.emailTaken": "an account with this email already exists",
};

/** registerUser with plain English errors for the terminal. */
export async function createUserFromCli(input: { email: string; password: string; name: string }) {
  const parsed = ZRegisterInput.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => CLI_MESSAGES[issue.message] ?? issue.message).join("; "));
  }
  try {
    return await registerUser(parsed.data);
  } catch (error) {
    if (error instanceof AppError) throw new Error(CLI_MESSAGES[error.messageKey] ?? error.messageKey);
    throw error;
  }
}

