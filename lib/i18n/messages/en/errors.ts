import type { TArea } from "../../types";

export const errors: TArea<"errors"> = {
  UNAUTHORIZED: "Please sign in first.",
  NOT_FOUND: "Not found. It may have been deleted.",
  VALIDATION: "Some fields need attention. Check the highlighted ones.",
  FORBIDDEN: "This request did not come from an Offerboard page.",
  TOO_LARGE: "The upload is too large.",
  CONFLICT: "This already exists.",
  VERSION_CONFLICT: "Someone changed this elsewhere in the meantime. Refresh and try again.",
  FORBIDDEN_MOVE: "It can't move to that stage.",
  RATE_LIMITED: "Too many requests. Please wait a moment and try again.",
  REGISTRATION_CLOSED: "This site is not accepting new accounts.",
  INTERNAL: "Something went wrong on our side. Please try again later.",
  emailTaken: "This email is already registered. Sign in instead.",
  badBody: "The upload could not be read: the request is malformed.",
};

export const validation: TArea<"validation"> = {
  emailInvalid: "Enter a valid email address",
  passwordRequired: "Enter your password",
  passwordTooShort: "Password must be at least 8 characters",
  passwordTooLong: "Password must be at most 128 characters",
  passwordWeak: "Password needs at least one letter and one digit",
  passwordUnchanged: "The new password must differ from the current one",
  nameRequired: "Enter your name",
  nameTooLong: "Name must be at most 50 characters",
  timeZoneUnknown: "This time zone is not known: pick one from the list",
  deleteConfirmationRequired: "Enter your password",
  deleteConfirmationWrong: "The password is wrong",
};
